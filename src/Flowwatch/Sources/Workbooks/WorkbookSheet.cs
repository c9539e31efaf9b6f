using Flowwatch.Sources.Formats;

namespace Flowwatch.Sources.Workbooks;

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

    /// <summary>
    /// The value stored in each cell whose number format displays it otherwise (Rosstat's 25.461103351004734 under
    /// <c>0</c>, shown as 25), by 1-based row number and column: a witness detail, never the figure published.
    /// </summary>
    public IReadOnlyDictionary<(int Row, int Column), string> Stored { get; init; } = new Dictionary<(int, int), string>();

    /// <summary>
    /// Cells the workbook's records show damaged, which the parser passed over (two cells at one position, a reference
    /// or shared string that points nowhere), each as the cell it names and what is wrong: the file is refused for them.
    /// </summary>
    public IReadOnlyList<(string Where, string Message)> Damage { get; init; } = [];

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

    /// <summary>
    /// A note for a figure read from a cell whose stored value differs from what it displays, or null: the witness
    /// keeps the stored value, the figure is the one shown.
    /// </summary>
    public string? StoredNote(TableRow row, int column) =>
        Stored.TryGetValue((row.Number, column), out string? value)
            ? $"The cell stores {value}; the table shows {row[column]}, the figure published."
            : null;

    /// <summary>The text of every non-blank cell of the sheet's first rows, for telling what a sheet holds.</summary>
    public IEnumerable<string> Texts(int firstRows) =>
        Rows.Take(firstRows).SelectMany(r => r.Cells).Where(c => !string.IsNullOrWhiteSpace(c));
}
