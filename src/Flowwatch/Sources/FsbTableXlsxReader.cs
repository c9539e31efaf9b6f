using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Flowwatch.Model;

namespace Flowwatch.Sources;

/// <summary>
/// Reads the FSB / Rosstat table of entries of foreign citizens by purpose of trip as an Excel workbook
/// (docs/formats.md): title lines, a header of one or two merged rows found by its labels, one row per
/// country of citizenship. Figures go to the dataset <c>ru-fsb-entries-by-purpose</c>, reporter RU; each
/// cites its cell (<c>Sheet1!F42</c>).
/// </summary>
public sealed class FsbTableXlsxReader : IObservationReader
{
    // A sheet of the entries table has a few hundred rows; far more means the wrong file.
    private const int MaxRows = 100_000;

    /// <inheritdoc/>
    public string Format => "fsb-table-xlsx";

    /// <inheritdoc/>
    public bool CanRead(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        bool zip = file.Bytes.AsSpan().StartsWith("PK\u0003\u0004"u8);
        bool ole = file.Bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]);
        return (zip || ole) && (file.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || file.Name.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) || file.Name.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc/>
    public ReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new DiagnosticSink(file.Name);
        var document = new SourceDocument(file.Sha256, file.Name, Format, FsbTableParser.Publisher, null);
        if (file.Bytes.Length == 0)
        {
            sink.Error(SourceMessages.EmptyCode, "", SourceMessages.Empty);
            return new ReadResult(document, [], sink.Items);
        }

        if (file.Bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            sink.Error(SourceMessages.CorruptCode, "", SourceMessages.OldXls);
            return new ReadResult(document, [], sink.Items);
        }

        List<TableGrid> sheets;
        try
        {
            sheets = ReadSheets(file.Bytes);
        }
        catch (Exception e)
        {
            // The packaging and XML layers throw many types for a damaged file; all mean the same to a user.
            sink.Error(SourceMessages.CorruptCode, "", SourceMessages.NotAWorkbook(e.Message));
            return new ReadResult(document, [], sink.Items);
        }

        if (sheets.Count == 0)
        {
            sink.Error(SourceMessages.CorruptCode, "", SourceMessages.EmptyWorkbook);
            return new ReadResult(document, [], sink.Items);
        }

        // The table is on the first sheet that has one; other sheets (notes, methodology) are ignored.
        TableGrid grid = sheets.FirstOrDefault(HasHeader) ?? sheets[0];
        List<Observation> observations = FsbTableParser.Parse(grid, document, file.Name, sink);
        return new ReadResult(document, observations, sink.Items);
    }

    private static bool HasHeader(TableGrid grid)
    {
        FsbLabels labels = FsbLabels.Default;
        return grid.Rows.Take(40).Any(r => r.Cells.Any(c => labels.Is(c, FsbLabelRole.CountryColumn)) || r.Cells.Count(c => labels.TryGetPurpose(c, out _)) >= 2);
    }

    private static List<TableGrid> ReadSheets(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using SpreadsheetDocument doc = SpreadsheetDocument.Open(stream, false);
        WorkbookPart workbook = doc.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        List<string> shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var grids = new List<TableGrid>();
        foreach (Sheet sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not string id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var rows = new List<TableRow>();
            int running = 0;
            foreach (Row row in part.Worksheet?.Descendants<Row>() ?? [])
            {
                int number = row.RowIndex?.Value is uint index ? checked((int)index) : running + 1;
                running = number;
                if (rows.Count >= MaxRows)
                {
                    throw new InvalidDataException($"more than {MaxRows} rows in sheet {sheet.Name}");
                }

                var cells = new List<string>();
                int next = 0;
                foreach (Cell cell in row.Elements<Cell>())
                {
                    int col = cell.CellReference?.Value is string reference ? ColumnLetters.IndexOf(reference) : next;
                    if (col < 0)
                    {
                        col = next;
                    }

                    while (cells.Count < col)
                    {
                        cells.Add("");
                    }

                    string text = TextOf(cell, shared);
                    if (cells.Count == col)
                    {
                        cells.Add(text);
                    }
                    else
                    {
                        cells[col] = text;
                    }

                    next = col + 1;
                }

                rows.Add(new TableRow(number, cells));
            }

            if (rows.Count > 0)
            {
                grids.Add(TableGrid.FromSheet(sheet.Name?.Value ?? "Sheet1", rows));
            }
        }

        return grids;
    }

    private static string TextOf(Cell cell, List<string> shared)
    {
        string raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int i) && i < shared.Count ? shared[i] : "";
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        return raw;
    }
}
