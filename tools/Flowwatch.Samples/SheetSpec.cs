namespace Flowwatch.Samples;

/// <summary>
/// A sheet as rows of cell texts plus merged ranges (<c>A3:A4</c>), written the same way to XLSX or CSV.
/// A cell whose text is a whole number is written to a workbook as a number, as Excel stores it.
/// </summary>
public sealed class SheetSpec
{
    public string SheetName { get; init; } = "Sheet1";

    public List<string[]> Rows { get; } = [];

    public List<string> Merges { get; } = [];

    public SheetSpec AddRow(params string[] cells)
    {
        Rows.Add(cells);
        return this;
    }
}
