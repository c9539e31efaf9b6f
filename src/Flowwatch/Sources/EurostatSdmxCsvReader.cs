using System.Globalization;
using System.Text;
using Flowwatch.Model;
using nietras.SeparatedValues;

namespace Flowwatch.Sources;

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
        var legacy = new List<Diagnostic>();
        if (!TextChecks.TryDecode(file, legacy, out string text))
        {
            sink.AddRange(legacy);
            return new ReadResult(document, [], sink.Items);
        }

        if (!TextShape.Check(text, sink, quotes: true, multiLineFieldsUpTo: 0))
        {
            return new ReadResult(document, [], sink.Items);
        }

        char separator = FsbTableCsvReader.DetectSeparator(text);
        if (!SepText.TryOpen(Sep.Reader(o => o with { Sep = new Sep(separator), Unescape = true, DisableColCountCheck = true }), text, out SepReader? opened, out string problem))
        {
            sink.Error(SourceMessages.MissingColumnCode, "line 1", problem);
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

            records ??= new EurostatRecords(document with { ReleaseDate = updateCol >= 0 ? ParseUpdate(row[updateCol].ToString()) : null }, sink, flow);
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
            if (confCol >= 0 && EurostatRecords.CodeOf(row[confCol].ToString()) is "C" or "c")
            {
                flags += "c";
            }

            records.Add(key, reason, EurostatRecords.CodeOf(row[timeCol].ToString()), row[valueCol].ToString(), flags, SourceLocator.AtLineCell(line, valueLetter), "TIME_PERIOD");
        }

        if (records is null)
        {
            sink.Error(SourceMessages.NoRowsCode, "", SourceMessages.NoRows);
            return new ReadResult(document, [], sink.Items);
        }

        records.Finish();
        return new ReadResult(records.Observations.FirstOrDefault()?.Provenance.Document ?? document, records.Observations, sink.Items);
    }

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
