using System.Globalization;
using System.Text;
using ExcelDataReader;
using Flowwatch.Sources.Formats;

namespace Flowwatch.Sources.Workbooks;

/// <summary>
/// Reads a workbook, legacy Excel 97-2003 (<c>.xls</c>, BIFF8) or Office Open XML (<c>.xlsx</c>), into sheets of
/// cell texts with their merged ranges, through ExcelDataReader: Flowwatch does not parse BIFF itself. A number is
/// read as its cell displays it (<see cref="DisplayedNumber"/>); the value stored behind it is kept beside the sheet.
/// Bounded against hostile input: at most <see cref="MaxSheets"/> sheets of <see cref="MaxRows"/> rows and
/// <see cref="MaxColumns"/> columns each.
/// </summary>
internal static class ExcelWorkbook
{
    public const int MaxSheets = 100;
    public const int MaxRows = 100_000;
    public const int MaxColumns = 512;

    static ExcelWorkbook() =>
        // Legacy .xls stores text in the workbook's code page (Windows-1251 for Russian releases); .NET Core
        // ships those encodings but only registers them on request.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Whether the bytes start as a workbook does: a ZIP package or an OLE compound file.</summary>
    public static bool LooksLikeWorkbook(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>Reads every sheet; false with a one-line reason when the bytes are not a workbook or exceed the bounds.</summary>
    public static bool TryRead(byte[] bytes, out List<WorkbookSheet> sheets, out string problem)
    {
        sheets = [];
        problem = "";

        // ExcelDataReader loads shared strings and rows whole: an .xlsx is first walked within the streaming
        // reader's bounds (docs/formats.md, Bounds), so that a small hostile package cannot cost gigabytes. The walk,
        // and for an .xls the walk of its cell records, also say what ExcelDataReader passes over in silence: error
        // values (it gives them as blanks) and two cells at one position (it keeps one).
        CellChecks checks;
        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            if (XlsxWorkbook.Walk(bytes, out List<TableGrid> walked, out IReadOnlyList<Diagnostic> damage) is { } bound)
            {
                problem = bound;
                return false;
            }

            checks = CellChecks.OfXlsx(walked, damage);
        }
        else
        {
            Dictionary<string, XlsSheetDamage> records = XlsCellRecords.Walk(bytes, out string? unwalked);
            if (unwalked is not null)
            {
                problem = "its cell records cannot be walked (" + unwalked + ")";
                return false;
            }

            checks = CellChecks.OfXls(records);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using IExcelDataReader reader = ExcelReaderFactory.CreateReader(stream);
            do
            {
                if (sheets.Count >= MaxSheets)
                {
                    problem = string.Create(CultureInfo.InvariantCulture, $"more than {MaxSheets} sheets");
                    return false;
                }

                if (reader.FieldCount > MaxColumns)
                {
                    problem = string.Create(CultureInfo.InvariantCulture, $"sheet '{reader.Name}' has {reader.FieldCount} columns; at most {MaxColumns} are read");
                    return false;
                }

                var rows = new List<TableRow>();
                var stored = new Dictionary<(int Row, int Column), string>();
                int number = 0;
                while (reader.Read())
                {
                    number++;
                    if (number > MaxRows)
                    {
                        problem = string.Create(CultureInfo.InvariantCulture, $"sheet '{reader.Name}' has more than {MaxRows} rows");
                        return false;
                    }

                    var cells = new string[reader.FieldCount];
                    var kinds = new CellKind[reader.FieldCount];
                    bool any = false;
                    for (int c = 0; c < cells.Length; c++)
                    {
                        object? value = reader.GetValue(c);
                        cells[c] = TextOf(value);
                        kinds[c] = KindOf(value);

                        // A table is published as its cells display: the number format decides the figure's precision.
                        if (value is double d && DisplayedNumber.Text(d, FormatOf(reader, c)) is { } shown && shown != cells[c])
                        {
                            stored[(number, c)] = cells[c];
                            cells[c] = shown;
                        }

                        // What the walk of the workbook's records knows better: an error value ExcelDataReader gave as
                        // blank, a numeric cell whose stored text is no number.
                        if (checks.Special((reader.Name ?? "").Trim(), number, c) is { } special)
                        {
                            (kinds[c], cells[c]) = special;
                            stored.Remove((number, c));
                        }

                        any |= cells[c].Length > 0;
                    }

                    if (any)
                    {
                        string[] kept = TrimEnd(cells);
                        rows.Add(new TableRow(number, kept, kinds[..kept.Length]));
                    }
                }

                var merges = (reader.MergeCells ?? [])
                    .Select(m => new MergedRange(m.FromRow + 1, m.FromColumn, m.ToRow + 1, m.ToColumn))
                    .ToList();
                sheets.Add(new WorkbookSheet((reader.Name ?? "").Trim(), rows, merges) { Stored = stored, Damage = checks.DamageOf((reader.Name ?? "").Trim()) });
            }
            while (reader.NextResult());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ExcelDataReader and the packaging layer throw many types for a damaged file; all mean the same to a user.
            problem = e.Message;
            return false;
        }

        return true;
    }

    private static string? FormatOf(IExcelDataReader reader, int column)
    {
        try
        {
            return reader.GetNumberFormatString(column);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException or NullReferenceException)
        {
            // A damaged style table leaves the format unknown; the stored value is then the best reading.
            return null;
        }
    }

    private static CellKind KindOf(object? value) => value switch
    {
        double or int or long or decimal or float => CellKind.Number,
        bool => CellKind.Boolean,
        DateTime => CellKind.Date,
        _ => CellKind.Text,
    };

    // Numbers come out as doubles; "R" keeps every digit the file stores (69.5160000000005 stays so).
    private static string TextOf(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string[] TrimEnd(string[] cells)
    {
        int n = cells.Length;
        while (n > 0 && cells[n - 1].Length == 0)
        {
            n--;
        }

        return n == cells.Length ? cells : cells[..n];
    }
}
