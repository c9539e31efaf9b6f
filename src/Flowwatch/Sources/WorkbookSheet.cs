namespace Flowwatch.Sources;

/// <summary>
/// One sheet of a workbook as read by <see cref="ExcelWorkbook"/>: its rows as cell texts and its merged
/// ranges, so that a header spanning merged rows can be read the way it is printed.
/// </summary>
internal sealed class WorkbookSheet
{
    private readonly IReadOnlyList<MergedRange> _merges;

    public WorkbookSheet(string name, IReadOnlyList<TableRow> rows, IReadOnlyList<MergedRange> merges)
    {
        Name = name;
        Rows = rows;
        _merges = merges;
        Grid = TableGrid.FromSheet(name, rows);
    }

    /// <summary>The sheet's name, as provenance writes it (<c>САЙТ (2-РД страны)!J145</c>).</summary>
    public string Name { get; }

    /// <summary>The non-empty rows, in order, with their 1-based row numbers.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>The rows as a grid that names cells.</summary>
    public TableGrid Grid { get; }

    /// <summary>
    /// The text printed at a cell: its own, or, inside a merged range, the text of the range's top-left cell
    /// (a merged cell's text is stored there only).
    /// </summary>
    public string TextAt(TableRow row, int column)
    {
        string own = row[column];
        if (own.Length > 0)
        {
            return own;
        }

        foreach (MergedRange m in _merges)
        {
            if (m.Contains(row.Number, column) && (m.FirstRow != row.Number || m.FirstColumn != column))
            {
                return Rows.FirstOrDefault(r => r.Number == m.FirstRow)?[m.FirstColumn] ?? "";
            }
        }

        return "";
    }

    /// <summary>The text of every non-blank cell of the sheet's first rows, for telling what a sheet holds.</summary>
    public IEnumerable<string> Texts(int firstRows) =>
        Rows.Take(firstRows).SelectMany(r => r.Cells).Where(c => !string.IsNullOrWhiteSpace(c));
}
