namespace Flowwatch.Sources.Formats;

/// <summary>One row of a <see cref="TableGrid"/>: its 1-based row or line number, its cells (empty string for a blank cell)
/// and, for a workbook, what each cell holds (<see cref="CellKind"/>; a text file's cells are all text).</summary>
internal sealed record TableRow(int Number, IReadOnlyList<string> Cells, IReadOnlyList<CellKind>? Kinds = null)
{
    public string this[int column] => column < Cells.Count ? Cells[column] : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    /// <summary>What the cell holds; text for a cell past the row's end or of a text file.</summary>
    public CellKind KindOf(int column) => Kinds is not null && column < Kinds.Count ? Kinds[column] : CellKind.Text;
}
