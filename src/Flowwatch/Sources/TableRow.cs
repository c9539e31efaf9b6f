namespace Flowwatch.Sources;

/// <summary>One row of a <see cref="TableGrid"/>: its 1-based row or line number and its cells (empty string for a blank cell).</summary>
internal sealed record TableRow(int Number, IReadOnlyList<string> Cells)
{
    public string this[int column] => column < Cells.Count ? Cells[column] : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
