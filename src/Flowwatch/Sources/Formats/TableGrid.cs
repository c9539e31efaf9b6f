using Flowwatch.Model;
using Flowwatch.Sources.Workbooks;

namespace Flowwatch.Sources.Formats;

/// <summary>
/// A published table as rows of cell texts, whatever file it came from, with the way to name a cell
/// in messages and provenance (<c>Sheet1!F42</c> for a workbook, <c>line 17, column F</c> for a text file).
/// </summary>
internal sealed class TableGrid
{
    private readonly string? _sheet;

    private TableGrid(string? sheet, IReadOnlyList<TableRow> rows)
    {
        _sheet = sheet;
        Rows = rows;
    }

    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>The sheet's name; null for a text file.</summary>
    public string? Sheet => _sheet;

    /// <summary>Whether the table came from a text file (CSV), whose rows all have the width of the table.</summary>
    public bool IsText => _sheet is null;

    public static TableGrid FromSheet(string sheet, IReadOnlyList<TableRow> rows) => new(sheet, rows);

    public static TableGrid FromText(IReadOnlyList<TableRow> rows) => new(null, rows);

    public SourceLocator Locate(TableRow row, int column) =>
        _sheet is not null
            ? SourceLocator.AtCell(_sheet, ColumnLetters.Of(column) + row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : SourceLocator.AtLineCell(row.Number, ColumnLetters.Of(column));

    public string LocateRow(TableRow row) =>
        _sheet is not null
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_sheet}!{row.Number}:{row.Number}")
            : SourceLocator.AtLine(row.Number).ToString();
}
