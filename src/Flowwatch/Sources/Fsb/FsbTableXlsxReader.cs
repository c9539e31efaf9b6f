using System.Xml;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.Workbooks;

namespace Flowwatch.Sources.Fsb;

/// <summary>
/// Reads the FSB / Rosstat table of entries of foreign citizens by purpose of trip as an Excel workbook
/// (docs/formats.md): title lines, a header of one or two merged rows found by its labels, one row per
/// country of citizenship. Figures go to the dataset <c>ru-fsb-entries-by-purpose</c>, reporter RU; each
/// cites its cell (<c>Sheet1!F42</c>).
/// </summary>
public sealed class FsbTableXlsxReader : IObservationReader
{
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
            sheets = XlsxWorkbook.ReadSheets(file.Bytes, sink);
        }
        catch (XlsxRefusedException e)
        {
            sink.Error(SourceMessages.BoundCode, "", e.Message);
            return new ReadResult(document, [], sink.Items);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            // The zip and XML layers throw these for a damaged file; all mean the same to a user.
            sink.Error(SourceMessages.CorruptCode, "", SourceMessages.NotAWorkbook(e.Message));
            return new ReadResult(document, [], sink.Items);
        }

        if (sink.ErrorCount > 0)
        {
            // A cell that points nowhere: the table cannot be trusted, and the cells are already named.
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
}
