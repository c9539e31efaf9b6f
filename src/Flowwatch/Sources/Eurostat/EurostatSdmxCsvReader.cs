using System.Globalization;
using System.Text;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.Fsb;
using Flowwatch.Sources.Workbooks;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.Eurostat;

/// <summary>
/// Reads Eurostat <c>migr_resfirst</c> (first residence permits by reason, citizenship and duration) as
/// SDMX-CSV 1.0 (<c>DATAFLOW,LAST UPDATE,freq,reason,citizen,duration,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG</c>)
/// or 2.0 (<c>STRUCTURE,STRUCTURE_ID,ACTION,...</c>), with codes or <c>code:label</c> cells. Figures go to the
/// dataset <c>eurostat-migr-resfirst</c>; the reporter is <c>geo</c>, the partner <c>citizen</c>, the
/// breakdown the purpose of the reason (docs/formats.md); each cites <c>line 17, column J</c>. A file with an
/// <c>asyl_app</c> dimension is <c>migr_asyappctza</c> (asylum applicants) and goes to <c>eurostat-migr-asyappctza</c>
/// (<see cref="EurostatDataflow"/>). Cells written as labels ("Austria", "Education reasons") are mapped back to codes.
/// </summary>
public sealed class EurostatSdmxCsvReader : IObservationReader
{
    /// <inheritdoc/>
    public string Format => "eurostat-sdmx-csv";

    /// <inheritdoc/>
    public bool CanRead(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string head = Encoding.UTF8.GetString(file.Bytes, 0, Math.Min(file.Bytes.Length, 600)).TrimStart('\uFEFF');
        int end = head.IndexOfAny(['\r', '\n']);
        string header = end >= 0 ? head[..end] : head;
        return header.Contains("OBS_VALUE", StringComparison.Ordinal) && header.Contains("TIME_PERIOD", StringComparison.Ordinal)
            && (header.Contains("DATAFLOW", StringComparison.Ordinal) || header.Contains("STRUCTURE", StringComparison.Ordinal));
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

        if (!CsvText.TryOpen(text, sink, new CsvLayout(FsbTableCsvReader.DetectSeparator(text)), out SepReader? opened))
        {
            return new ReadResult(document, [], sink.Items);
        }

        using SepReader reader = opened!;
        IReadOnlyList<string> names = reader.Header.ColNames.Select(EurostatRecords.DimensionName).ToList();
        int timeCol = IndexOf(names, "TIME_PERIOD");
        int valueCol = IndexOf(names, "OBS_VALUE");
        int flagCol = IndexOf(names, "OBS_FLAG");
        int confCol = IndexOf(names, "CONF_STATUS");
        int updateCol = IndexOf(names, "LAST UPDATE");
        EurostatDataflow flow = EurostatDataflow.Of(names);
        foreach ((string required, int index) in new[] { ("TIME_PERIOD", timeCol), ("OBS_VALUE", valueCol) }
            .Concat(flow.RequiredDimensions.Select(d => (d, IndexOf(names, d)))))
        {
            if (index < 0)
            {
                sink.Error(SourceMessages.MissingColumnCode, "line 1", SourceMessages.MissingColumn(required, names));
            }
        }

        // The header is checked as a whole: a column named like a code (upper case, no spaces) must be one SDMX-CSV
        // defines; a damaged name ("OBS_FLAGOBS_FLAG") would otherwise drop every flag in silence. Label columns
        // ("Time frequency") and dimensions (lower case) are told apart by their case.
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i].Length > 0 && names[i].Any(char.IsUpper) && !names[i].Any(c => char.IsLower(c) || c == ' ') && !KnownColumns.Contains(names[i]))
            {
                sink.Error(SourceMessages.MissingColumnCode, SourceLocator.AtLineCell(1, ColumnLetters.Of(i)).ToString(), SourceMessages.SdmxUnknownColumn(names[i], KnownColumns));
            }
        }

        if (sink.ErrorCount > 0)
        {
            return new ReadResult(document, [], sink.Items);
        }

        // Eurostat writes dimensions in lower case and attributes (OBS_FLAG, CONF_STATUS) in upper case.
        var dimCols = names.Select((n, i) => (Name: n, Index: i))
            .Where(c => c.Name.Length > 0 && c.Name.All(ch => !char.IsUpper(ch)))
            .ToList();
        string valueLetter = ColumnLetters.Of(valueCol);
        int width = names.Count;
        EurostatRecords? records = null;
        var dims = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (SepReader.Row row in reader)
        {
            int line = row.LineNumberFrom;
            if (row.ColCount != width)
            {
                if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
                {
                    continue;
                }

                sink.Error(SourceMessages.RowShapeCode, SourceLocator.AtLine(line).ToString(), SourceMessages.RowShape(row.ColCount, width));
                continue;
            }

            // A confidentiality status is a letter code (F free, C confidential, N, D, S, A): a number here is a value
            // out of its column, on any row, skipped or not.
            string conf = confCol >= 0 ? EurostatRecords.CodeOf(row[confCol].ToString()) : "";
            if (!conf.All(char.IsAsciiLetter))
            {
                sink.Error(SourceMessages.BadCellCode, SourceLocator.AtLineCell(line, ColumnLetters.Of(confCol)).ToString(), SourceMessages.BadCell("CONF_STATUS", conf, "a confidentiality status code (F, C, N, D, S, A) or nothing"));
                continue;
            }

            records ??= new EurostatRecords(document with { ReleaseDate = updateCol >= 0 ? ParseUpdate(row[updateCol].ToString()) : null }, sink, NumberGrammar.Plain, emptyIsDamage: false, flow);
            dims.Clear();
            string where = SourceLocator.AtLine(line).ToString();
            bool labelled = true;
            foreach ((string name, int index) in dimCols)
            {
                // Exports "with labels" write Austria and Education reasons where the codes would stand.
                string cell = row[index].ToString();
                if (EurostatLabels.CodeOf(name, cell) is string code)
                {
                    dims[name] = code;
                }
                else
                {
                    sink.Error(SourceMessages.BadCellCode, SourceLocator.AtLineCell(line, ColumnLetters.Of(index)).ToString(), WorkbookMessages.EurostatUnknownLabel(name, cell));
                    labelled = false;
                }
            }

            if (!labelled)
            {
                continue;
            }

            if (!records.TryKey(dims, where, out SeriesKey key, out string reason))
            {
                continue;
            }

            string flags = flagCol >= 0 ? EurostatRecords.CodeOf(row[flagCol].ToString()) : "";
            if (conf is "C" or "c")
            {
                flags += "c";
            }

            records.Add(key, reason, EurostatRecords.CodeOf(row[timeCol].ToString()), row[valueCol].ToString(), flags, SourceLocator.AtLineCell(line, valueLetter), "TIME_PERIOD");
        }

        if (records is null)
        {
            if (sink.ErrorCount == 0)
            {
                sink.Error(SourceMessages.NoRowsCode, "", SourceMessages.NoRows);
            }

            return new ReadResult(document, [], sink.Items);
        }

        records.Finish();
        return new ReadResult(records.Observations.FirstOrDefault()?.Provenance.Document ?? document, records.Observations, sink.Items);
    }

    // The columns SDMX-CSV 1.0 and 2.0 define besides the dimensions, as Eurostat writes them.
    private static readonly HashSet<string> KnownColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "DATAFLOW", "LAST UPDATE", "STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG", "OBS_STATUS", "CONF_STATUS", "COMMENT_OBS",
    };

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // LAST UPDATE is written 21/03/24 23:00:00 in Eurostat's exports; other forms are left unread.
    private static DateOnly? ParseUpdate(string text)
    {
        string s = text.Trim();
        int space = s.IndexOf(' ', StringComparison.Ordinal);
        string date = space > 0 ? s[..space] : s;
        string[] formats = ["dd/MM/yy", "dd/MM/yyyy", "yyyy-MM-dd"];
        return DateOnly.TryParseExact(date, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : null;
    }
}
