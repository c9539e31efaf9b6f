namespace Flowwatch.Sources.Workbooks;

/// <summary>A merged range of cells, 1-based rows and 0-based columns, inclusive.</summary>
internal readonly record struct MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public bool Contains(int row, int column) => row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;
}
