using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.RussianTables;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.Fsb;

/// <summary>
/// Reads the FSB / Rosstat table of entries of foreign citizens by purpose of trip as a CSV export
/// (docs/formats.md): the same layout as <see cref="FsbTableXlsxReader"/>, separated by <c>;</c>, <c>,</c>
/// or tabs, in UTF-8, UTF-16 or Windows-1251 (decoded with a warning). Each figure cites its cell as
/// <c>line 17, column F</c>.
/// </summary>
public sealed class FsbTableCsvReader : IObservationReader
{
    /// <inheritdoc/>
    public string Format => "fsb-table-csv";

    /// <inheritdoc/>
    public bool CanRead(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!(file.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || file.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.Name.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var sink = new DiagnosticSink(file.Name);
        int end = Math.Min(file.Bytes.Length, 8192);

        // Do not cut a UTF-8 sequence in two: back off to the start of the character.
        while (end < file.Bytes.Length && end > 0 && (file.Bytes[end] & 0xC0) == 0x80)
        {
            end--;
        }

        byte[] head = file.Bytes[..end];
        if (!RussianTextDecoding.TryDecode(new SourceFile(file.Name, head), sink, out string text, out _))
        {
            return false;
        }

        FsbLabels labels = FsbLabels.Default;
        return text.Split('\n').Take(40).Any(line =>
        {
            string[] cells = line.Split([';', ',', '\t']);
            return cells.Any(c => labels.Is(c.Trim().Trim('"'), FsbLabelRole.CountryColumn)) || cells.Count(c => labels.TryGetPurpose(c.Trim().Trim('"'), out _)) >= 2;
        });
    }

    /// <inheritdoc/>
    public ReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new DiagnosticSink(file.Name);
        var document = new SourceDocument(file.Sha256, file.Name, Format, FsbTableParser.Publisher, null);
        if (!RussianTextDecoding.TryDecode(file, sink, out string text, out string? legacy))
        {
            return new ReadResult(document, [], sink.Items);
        }

        if (legacy is not null)
        {
            sink.Warning(SourceMessages.EncodingCode, "", SourceMessages.DecodedAs(legacy));
        }

        // Header cells wrap in Excel exports ("Цель поездки" over two lines); data rows never do.
        var layout = new CsvLayout(DetectSeparator(text), HasHeader: false, MultiLineFieldsUpTo: FsbTableParser.MaxHeaderSearchRows);
        if (!CsvText.TryOpen(text, sink, layout, out SepReader? opened))
        {
            return new ReadResult(document, [], sink.Items);
        }

        var rows = new List<TableRow>();
        using (SepReader reader = opened!)
        {
            foreach (SepReader.Row row in reader)
            {
                var cells = new string[row.ColCount];
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] = row[i].ToString();
                }

                // Sep 0.17 numbers the first row of a headerless read as line 2; it starts on line 1.
                rows.Add(new TableRow(row.RowIndex == 0 ? 1 : row.LineNumberFrom, cells));
            }
        }

        List<Observation> observations = FsbTableParser.Parse(TableGrid.FromText(rows), document, file.Name, sink);
        return new ReadResult(document, observations, sink.Items);
    }

    // Russian exports use ';' (the comma is the decimal mark there); others ',' or tabs. The separator
    // that occurs most outside quotes in the first lines wins, ';' on a tie.
    internal static char DetectSeparator(string text)
    {
        ReadOnlySpan<char> candidates = [';', '\t', ','];
        Span<int> counts = stackalloc int[3];
        bool quoted = false;
        int lines = 0;
        foreach (char c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\n' && ++lines >= 30)
            {
                break;
            }
            else if (!quoted)
            {
                int i = candidates.IndexOf(c);
                if (i >= 0)
                {
                    counts[i]++;
                }
            }
        }

        int best = 0;
        for (int i = 1; i < 3; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return candidates[best];
    }
}
