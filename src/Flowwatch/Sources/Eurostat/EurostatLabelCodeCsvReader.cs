using System.Text;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.Workbooks;
using nietras.SeparatedValues;

namespace Flowwatch.Sources.Eurostat;

/// <summary>
/// Reads Eurostat <c>migr_resfirst</c> in the label-and-code CSV that tools write from Eurostat's JSON-stat: each
/// dimension as a pair of columns, its label and its code (<c>Reason,Reason_code,Country of citizenship,
/// Country of citizenship_code,...,Time,Time_code,value</c>), an optional <c>flag</c> column. The codes are read
/// (the labels are only checked to be there); the dimensions are told from the label names
/// (<c>data/labels/eurostat-labels.csv</c>). The same rules as the SDMX-CSV reader apply: top-level reasons,
/// countries only, duration TOTAL, unit PER; each figure cites <c>line 17, column O</c>.
/// </summary>
public sealed class EurostatLabelCodeCsvReader : IObservationReader
{
    /// <inheritdoc/>
    public string Format => "eurostat-label-code-csv";

    /// <inheritdoc/>
    public bool CanRead(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string head = Encoding.UTF8.GetString(file.Bytes, 0, Math.Min(file.Bytes.Length, 1000)).TrimStart('\uFEFF');
        int end = head.IndexOfAny(['\r', '\n']);
        string[] names = (end >= 0 ? head[..end] : head).Split(',').Select(n => n.Trim().Trim('"')).ToArray();
        return names.Contains("value", StringComparer.OrdinalIgnoreCase)
            && names.Contains("Time_code", StringComparer.Ordinal)
            && names.Count(n => n.EndsWith("_code", StringComparison.Ordinal) && EurostatLabels.DimensionOf(n[..^5]) is not null) >= 3;
    }

    /// <inheritdoc/>
    public ReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new DiagnosticSink(file.Name);
        var document = new SourceDocument(file.Sha256, file.Name, Format, EurostatRecords.Publisher, null);
        if (!CsvText.TryOpen(file, sink, new CsvLayout(','), out SepReader? opened))
        {
            return new ReadResult(document, [], sink.Items);
        }

        using SepReader reader = opened!;
        IReadOnlyList<string> names = reader.Header.ColNames;
        var dimCols = new List<(string Dimension, int Index)>();
        int timeCol = -1, valueCol = -1, flagCol = -1;
        for (int i = 0; i < names.Count; i++)
        {
            string name = names[i].Trim();
            if (string.Equals(name, "value", StringComparison.OrdinalIgnoreCase))
            {
                valueCol = i;
            }
            else if (string.Equals(name, "flag", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "status", StringComparison.OrdinalIgnoreCase))
            {
                flagCol = i;
            }
            else if (name.EndsWith("_code", StringComparison.Ordinal) && EurostatLabels.DimensionOf(name[..^5]) is string dimension)
            {
                if (dimension == "TIME_PERIOD")
                {
                    timeCol = i;
                }
                else
                {
                    dimCols.Add((dimension, i));
                }
            }
        }

        foreach ((string required, bool present) in new[] { ("Time_code", timeCol >= 0), ("value", valueCol >= 0) }
            .Concat(EurostatRecords.RequiredDimensions.Select(d => (d, dimCols.Any(c => c.Dimension == d)))))
        {
            if (!present)
            {
                sink.Error(SourceMessages.MissingColumnCode, "line 1", SourceMessages.MissingColumn(required, names));
            }
        }

        if (sink.ErrorCount > 0)
        {
            return new ReadResult(document, [], sink.Items);
        }

        var records = new EurostatRecords(document, sink, NumberGrammar.Plain, emptyIsDamage: false);
        var dims = new Dictionary<string, string>(StringComparer.Ordinal);
        string valueLetter = ColumnLetters.Of(valueCol);
        bool any = false;
        foreach (SepReader.Row row in reader)
        {
            int line = row.LineNumberFrom;
            if (row.ColCount != names.Count)
            {
                if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
                {
                    continue;
                }

                sink.Error(SourceMessages.RowShapeCode, SourceLocator.AtLine(line).ToString(), SourceMessages.RowShape(row.ColCount, names.Count));
                continue;
            }

            any = true;
            dims.Clear();
            foreach ((string dimension, int index) in dimCols)
            {
                dims[dimension] = row[index].ToString().Trim();
            }

            if (!records.TryKey(dims, SourceLocator.AtLine(line).ToString(), out SeriesKey key, out string reason))
            {
                continue;
            }

            string flags = flagCol >= 0 ? row[flagCol].ToString() : "";
            records.Add(key, reason, row[timeCol].ToString(), row[valueCol].ToString(), flags, SourceLocator.AtLineCell(line, valueLetter), "Time_code");
        }

        if (!any)
        {
            sink.Error(SourceMessages.NoRowsCode, "", SourceMessages.NoRows);
            return new ReadResult(document, [], sink.Items);
        }

        records.Finish();
        return new ReadResult(document, records.Observations, sink.Items);
    }
}
