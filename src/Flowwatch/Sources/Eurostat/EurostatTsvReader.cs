using System.Text;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.Workbooks;

namespace Flowwatch.Sources.Eurostat;

/// <summary>
/// Reads Eurostat <c>migr_resfirst</c> in the bulk download TSV layout: a first column
/// <c>freq,reason,citizen,duration,unit,geo\TIME_PERIOD</c> holding the codes, then one tab-separated column
/// per period (<c>2023 </c>), with values such as <c>1234 </c>, <c>1234 p</c>, <c>: </c> (not available) or
/// <c>: c</c> (confidential). The same rules as <see cref="EurostatSdmxCsvReader"/> apply; each figure cites
/// <c>line 17, column C</c>.
/// </summary>
public sealed class EurostatTsvReader : IObservationReader
{
    /// <inheritdoc/>
    public string Format => "eurostat-tsv";

    /// <inheritdoc/>
    public bool CanRead(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string head = Encoding.UTF8.GetString(file.Bytes, 0, Math.Min(file.Bytes.Length, 400)).TrimStart('\uFEFF');
        int tab = head.IndexOfAny(['\t', '\r', '\n']);
        string first = tab >= 0 ? head[..tab] : head;
        return first.Contains(',', StringComparison.Ordinal) && (first.Contains("\\TIME_PERIOD", StringComparison.OrdinalIgnoreCase) || first.Contains("\\time", StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc/>
    public ReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new DiagnosticSink(file.Name);
        var document = new SourceDocument(file.Sha256, file.Name, Format, EurostatRecords.Publisher, null);
        if (!TextChecks.TryDecode(file, sink, out string text))
        {
            return new ReadResult(document, [], sink.Items);
        }

        // Eurostat's TSV has no quoting: a '"' is data.
        if (!TextShape.Check(text, sink, quotes: false, multiLineFieldsUpTo: 0))
        {
            return new ReadResult(document, [], sink.Items);
        }

        string[] lines = text.Split('\n');
        string[] header = lines[0].TrimEnd('\r').Split('\t');
        int slash = header[0].IndexOf('\\', StringComparison.Ordinal);
        if (slash < 0 || header.Length < 2)
        {
            sink.Error(SourceMessages.MissingColumnCode, "line 1", SourceMessages.EurostatNoTimeColumns);
            return new ReadResult(document, [], sink.Items);
        }

        string[] dimNames = header[0][..slash].Split(',').Select(EurostatRecords.DimensionName).ToArray();
        foreach (string required in EurostatRecords.RequiredDimensions)
        {
            if (Array.IndexOf(dimNames, required) < 0)
            {
                sink.Error(SourceMessages.MissingColumnCode, "line 1", SourceMessages.MissingColumn(required, dimNames));
            }
        }

        if (sink.ErrorCount > 0)
        {
            return new ReadResult(document, [], sink.Items);
        }

        string[] periods = header.Select(h => h.Trim()).ToArray();
        var records = new EurostatRecords(document, sink, NumberGrammar.Plain, emptyIsDamage: true);
        var dims = new Dictionary<string, string>(StringComparer.Ordinal);
        bool anyRow = false;
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            // A line starting with '#' is a comment (no Eurostat code starts with it): how a file says it is a
            // synthetic sample (SyntheticMarker), since the layout has no free-text cell.
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int lineNumber = i + 1;
            anyRow = true;
            string[] cells = line.Split('\t');
            string[] codes = cells[0].Split(',');
            // Every row has a cell per period of the header: a short row lost one, and its figures would be missing in silence.
            if (codes.Length != dimNames.Length || cells.Length != header.Length)
            {
                sink.Error(SourceMessages.RowShapeCode, SourceLocator.AtLine(lineNumber).ToString(),
                    codes.Length != dimNames.Length ? SourceMessages.RowShape(codes.Length, dimNames.Length) + " (codes in the first column)" : SourceMessages.RowShape(cells.Length, header.Length));
                continue;
            }

            dims.Clear();
            for (int d = 0; d < dimNames.Length; d++)
            {
                dims[dimNames[d]] = codes[d].Trim();
            }

            if (!records.TryKey(dims, SourceLocator.AtLineCell(lineNumber, "A").ToString(), out SeriesKey key, out string reason))
            {
                continue;
            }

            for (int c = 1; c < cells.Length; c++)
            {
                (string value, string flags) = SplitValue(cells[c]);
                records.Add(key, reason, periods[c], value, flags, SourceLocator.AtLineCell(lineNumber, ColumnLetters.Of(c)), periods[c]);
            }
        }

        if (!anyRow)
        {
            sink.Error(SourceMessages.NoRowsCode, "", SourceMessages.NoRows);
            return new ReadResult(document, [], sink.Items);
        }

        records.Finish();
        return new ReadResult(document, records.Observations, sink.Items);
    }

    // "1234 p" is the value 1234 with the flag p; ": c" is no value, confidential; older files glue flags on ("1234p").
    internal static (string Value, string Flags) SplitValue(string cell)
    {
        string s = cell.Trim();
        int space = s.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            return (s[..space], s[(space + 1)..].Trim());
        }

        int end = s.Length;
        while (end > 0 && char.IsAsciiLetterLower(s[end - 1]))
        {
            end--;
        }

        return end > 0 ? (s[..end], s[end..]) : (s, "");
    }
}
