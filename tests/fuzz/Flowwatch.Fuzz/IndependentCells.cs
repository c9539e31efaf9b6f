using System.Globalization;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Flowwatch.Model;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using NpoiCellType = NPOI.SS.UserModel.CellType;

namespace Flowwatch.Fuzz;

/// <summary>
/// The number a file holds at the place a figure's provenance names, read without Flowwatch's readers: the OpenXML SDK
/// for .xlsx, NPOI for .xls, System.Text.Json for JSON-stat, a plain split of the line for text. The mutation corpus
/// test and the mutation campaign judge a stored figure by it.
/// </summary>
internal sealed class IndependentCells
{
    private readonly byte[] _bytes;
    private readonly string _format;
    private string[]? _lines;
    private Dictionary<string, double>? _cells;
    private Dictionary<long, double>? _jsonValues;
    private char _separator;

    static IndependentCells() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public IndependentCells(byte[] bytes, string format)
    {
        _bytes = bytes;
        _format = format;
    }

    /// <summary>Whether the file holds <paramref name="value"/> at the place: exactly, or (a workbook's stored double) shown rounded, as a cell's number format shows it.</summary>
    public bool Holds(SourceLocator at, decimal value, out string found)
    {
        if (at.Sheet == "value")
        {
            _jsonValues ??= JsonValues();
            bool has = _jsonValues.TryGetValue(long.Parse(at.Cell!.Trim('[', ']'), CultureInfo.InvariantCulture), out double v);
            found = has ? v.ToString("R", CultureInfo.InvariantCulture) : "no number";
            return has && (decimal)v == value;
        }

        if (at.Sheet is not null)
        {
            _cells ??= _bytes.AsSpan().StartsWith("PK"u8) ? XlsxCells() : XlsCells();
            bool has = _cells.TryGetValue($"{at.Sheet}!{at.Cell}", out double d);
            found = has ? d.ToString("R", CultureInfo.InvariantCulture) : "no number";
            return has && ShownAs(d, value);
        }

        decimal? text = TextCell(at);
        found = text?.ToString(CultureInfo.InvariantCulture) ?? "no number";
        return text == value;
    }

    // A workbook shows its stored double under a number format (0, 0.0, 0.000): the figure is one of its roundings.
    private static bool ShownAs(double stored, decimal value)
    {
        if (double.IsNaN(stored) || double.IsInfinity(stored) || Math.Abs(stored) > 7.9e27)
        {
            return false;
        }

        decimal exact = (decimal)stored;
        for (int decimals = 0; decimals <= 15; decimals++)
        {
            if (Math.Round(exact, decimals, MidpointRounding.AwayFromZero) == value)
            {
                return true;
            }
        }

        return exact == value;
    }

    // Every numeric cell's value (formula results included), read once with the OpenXML SDK.
    private Dictionary<string, double> XlsxCells()
    {
        var cells = new Dictionary<string, double>(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        stream.Write(_bytes);
        DropDanglingLinks(stream);
        using SpreadsheetDocument doc = SpreadsheetDocument.Open(stream, false);
        WorkbookPart book = doc.WorkbookPart!;
        string[] shared = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        foreach (Sheet sheet in book.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            foreach (Cell cell in part.Worksheet.Descendants<Cell>().Where(c => c.CellReference is not null))
            {
                string text = cell.DataType?.Value == CellValues.SharedString
                    ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
                // A numeric cell holds a number as XML Schema writes it (6.9000000000000006E-2); text is read as displayed.
                bool numeric = cell.DataType is null || cell.DataType.Value == CellValues.Number;
                double? value = numeric
                    ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null
                    : Number(text) is decimal d ? (double)d : null;
                if (value is double found)
                {
                    cells[$"{sheet.Name?.Value?.Trim()}!{cell.CellReference}"] = found;
                }
            }
        }

        return cells;
    }

    // The SDK refuses a whole package for one relationship whose part is missing (a drawing's image, as in Rosstat's real
    // workbook), which Excel opens: such links are dropped from the copy it reads. A missing sheet or shared-string part
    // still fails below, where a cell is looked up.
    private static void DropDanglingLinks(MemoryStream package)
    {
        using var zip = new System.IO.Compression.ZipArchive(package, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true);
        var names = zip.Entries.Select(e => e.FullName.TrimStart('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            System.Xml.Linq.XDocument rels;
            using (Stream s = entry.Open())
            {
                rels = System.Xml.Linq.XDocument.Load(s);
            }

            string folder = entry.FullName.TrimStart('/');
            int at = folder.LastIndexOf("_rels/", StringComparison.OrdinalIgnoreCase);
            folder = at >= 0 ? folder[..at] : "";
            var dangling = rels.Root?.Elements().Where(r => (string?)r.Attribute("TargetMode") != "External"
                && r.Attribute("Target") is { } target && !names.Contains(Resolve(folder, target.Value))).ToList() ?? [];
            if (dangling.Count == 0)
            {
                continue;
            }

            dangling.ForEach(r => r.Remove());
            using Stream write = entry.Open();
            write.SetLength(0);
            rels.Save(write);
        }
    }

    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>();
        foreach (string part in (target.StartsWith('/') ? target[1..] : folder + target).Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    // Every numeric cell of a legacy workbook, read once with NPOI (a formula's cached number included).
    private Dictionary<string, double> XlsCells()
    {
        var cells = new Dictionary<string, double>(StringComparer.Ordinal);
        using var stream = new MemoryStream(_bytes, writable: false);
        var book = new HSSFWorkbook(stream);
        for (int s = 0; s < book.NumberOfSheets; s++)
        {
            ISheet sheet = book.GetSheetAt(s);
            for (int r = sheet.FirstRowNum; r <= sheet.LastRowNum; r++)
            {
                IRow? row = sheet.GetRow(r);
                if (row is null)
                {
                    continue;
                }

                foreach (ICell cell in row.Cells)
                {
                    NpoiCellType type = cell.CellType == NpoiCellType.Formula ? cell.CachedFormulaResultType : cell.CellType;
                    string reference = $"{sheet.SheetName.Trim()}!{Letters(cell.ColumnIndex)}{r + 1}";
                    if (type == NpoiCellType.Numeric)
                    {
                        cells[reference] = cell.NumericCellValue;
                    }
                    else if (type == NpoiCellType.String && Number(cell.StringCellValue) is decimal d)
                    {
                        cells[reference] = (double)d;
                    }
                }
            }
        }

        return cells;
    }

    // JSON-stat's value, an array or an object keyed by the flat index; only JSON numbers count.
    private Dictionary<long, double> JsonValues()
    {
        var values = new Dictionary<long, double>();
        using JsonDocument doc = JsonDocument.Parse(_bytes);
        JsonElement value = doc.RootElement.GetProperty("value");
        if (value.ValueKind == JsonValueKind.Array)
        {
            long i = 0;
            foreach (JsonElement e in value.EnumerateArray())
            {
                if (e.ValueKind == JsonValueKind.Number)
                {
                    values[i] = e.GetDouble();
                }

                i++;
            }
        }
        else
        {
            foreach (JsonProperty p in value.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Number && long.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out long i))
                {
                    values[i] = p.Value.GetDouble();
                }
            }
        }

        return values;
    }

    private decimal? TextCell(SourceLocator at)
    {
        if (_lines is null)
        {
            string text = System.Text.Unicode.Utf8.IsValid(_bytes) ? Encoding.UTF8.GetString(_bytes).TrimStart('\uFEFF') : Encoding.GetEncoding(1251).GetString(_bytes);

            // Sep, like most editors, ends a line at a lone CR too; Eurostat's TSV reader splits at LF only.
            _lines = _format == "eurostat-tsv"
                ? text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray()
                : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
            _separator = _format switch
            {
                "tidy-csv" or "eurostat-label-code-csv" => ',',
                "eurostat-tsv" => '\t',
                _ => new[] { ';', ',', '\t' }.OrderByDescending(c => _lines.Take(30).Sum(l => l.Count(x => x == c))).First(),
            };
        }

        if (at.Line < 1 || at.Line > _lines.Length)
        {
            return null;
        }

        string[] cells = Split(_lines[at.Line - 1]);
        int column = at.Cell is { } letters ? ColumnIndex(letters) : Array.IndexOf(Split(_lines[0]), "value");
        return column >= 0 && column < cells.Length ? Number(cells[column]) : null;
    }

    private string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"' && _format != "eurostat-tsv")
            {
                quoted = !quoted;
            }
            else if (c == _separator && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static int ColumnIndex(string letters) => letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;

    private static string Letters(int column)
    {
        string letters = "";
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    // The number at the start of a cell, with the spaces that group thousands taken out: "1 234" is 1234,
    // "1234 p" (a Eurostat flag) is 1234, "806.0" is 806; a comma is a decimal mark only where no dot is.
    private static decimal? Number(string cell)
    {
        string s = new([.. cell.Where(c => !char.IsWhiteSpace(c) && c != '\u202F')]);
        int end = 0;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] is '.' or ','))
        {
            end++;
        }

        string number = s[..end].Contains('.', StringComparison.Ordinal) ? s[..end] : s[..end].Replace(',', '.');
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d) ? d : null;
    }
}
