using System.Text;
using System.Text.Json;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;

namespace Flowwatch.Sources.TidyCsv;

/// <summary>
/// Reads Flowwatch's own dataflow (<see cref="FlowwatchDataflow"/>) as JSON-stat 2.0, what
/// <c>series --format jsonstat</c> writes: a dataset whose <c>extension.dataflow</c> is
/// <c>FLOWWATCH:DF_FIGURES(1.x)</c>, with the dimensions <c>dataset, reporter, partner, breakdown, time</c> (SDMX
/// periods), the figures in <c>value</c> and their flags in <c>status</c>. Each cell is checked by the tidy CSV's rules
/// (<see cref="TidyCsvReader"/>: the dataset catalogue, countries, breakdowns, units, duplicates), so that a figure means
/// the same whichever way it comes; each cites its flat index (<c>value[17]</c>).
/// </summary>
public sealed class FlowwatchJsonStatReader : IObservationReader
{
    private readonly DatasetCatalog? _datasets;

    /// <summary>A reader checking datasets against <paramref name="datasets"/> (the bundled catalogue by default).</summary>
    public FlowwatchJsonStatReader(DatasetCatalog? datasets = null) => _datasets = datasets;

    /// <inheritdoc/>
    public string Format => "flowwatch-json-stat";

    /// <inheritdoc/>
    public bool CanRead(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ReadOnlySpan<byte> head = file.Bytes.AsSpan(0, Math.Min(file.Bytes.Length, 4096));
        return head.TrimStart("\uFEFF \t\r\n"u8).StartsWith("{"u8) && (head.IndexOf("\"class\":\"dataset\""u8) >= 0 || head.IndexOf("\"class\": \"dataset\""u8) >= 0)
            && head.IndexOf(Encoding.UTF8.GetBytes("\"" + FlowwatchDataflow.ReferencePrefix)) >= 0;
    }

    /// <inheritdoc/>
    public ReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new DiagnosticSink(file.Name);
        var document = new SourceDocument(file.Sha256, file.Name, Format, TidyCsvReader.DefaultPublisher, null);
        if (JsonStatCube.Parse(file, sink) is not JsonDocument json)
        {
            return new ReadResult(document, [], sink.Items);
        }

        using (json)
        {
            JsonElement root = json.RootElement;
            string? flow = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("extension", out JsonElement ext) && ext.ValueKind == JsonValueKind.Object
                && ext.TryGetProperty("dataflow", out JsonElement df) && df.ValueKind == JsonValueKind.String ? df.GetString() : null;
            if (flow is null || !flow.StartsWith(FlowwatchDataflow.ReferencePrefix, StringComparison.Ordinal))
            {
                sink.Error(SourceMessages.BadCellCode, "extension.dataflow", SourceMessages.BadCell("extension.dataflow", flow ?? "", $"{FlowwatchDataflow.Reference} (Flowwatch's own dataflow, any 1.x)"));
                return new ReadResult(document, [], sink.Items);
            }

            IReadOnlyList<string> wanted = FlowwatchDataflow.JsonStatDimensions;
            if (!JsonStatCube.TryRead(root, sink, wanted, out JsonStatCube? cube))
            {
                return new ReadResult(document, [], sink.Items);
            }

            if (!cube!.Ids.SequenceEqual(wanted, StringComparer.Ordinal))
            {
                sink.Error(SourceMessages.MissingColumnCode, "id", SourceMessages.BadCell("id", string.Join(",", cube.Ids), string.Join(",", wanted)));
                return new ReadResult(document, [], sink.Items);
            }

            // The cells become rows of the tidy CSV, read by its rules; each row's line is mapped back to its cell.
            var tidy = new StringBuilder("dataset,reporter,partner,breakdown,period,value,flag\n");
            var cells = new List<long>();
            Dictionary<long, string> status = JsonStatCube.Indexed(root, "status");
            foreach ((long index, string? text) in JsonStatCube.Values(root.GetProperty("value")))
            {
                string where = JsonStatCube.Where(index).ToString();
                if (index < 0 || index >= cube.Cells)
                {
                    sink.Error(SourceMessages.BadCellCode, where, WorkbookMessages.JsonStatIndexOutOfRange(index, cube.Cells));
                    continue;
                }

                if (text is null)
                {
                    sink.Error(SourceMessages.BadCellCode, where, WorkbookMessages.JsonStatNotANumber(index));
                    continue;
                }

                string[] codes = cube.CodesAt(index);
                string flag = status.GetValueOrDefault(index, "");
                if (codes.Append(flag).FirstOrDefault(c => c.AsSpan().IndexOfAny(",\"\r\n") >= 0) is { } odd)
                {
                    sink.Error(SourceMessages.BadCellCode, where, SourceMessages.BadCell("category", odd, "a code without commas, quotes or line breaks"));
                    continue;
                }

                string period = SdmxPeriods.TryParse(codes[4], out Period p) ? p.ToString() : codes[4];
                tidy.Append(codes[0]).Append(',').Append(codes[1]).Append(',').Append(codes[2]).Append(',').Append(codes[3]).Append(',')
                    .Append(period).Append(',').Append(text).Append(',').Append(flag).Append('\n');
                cells.Add(index);
            }

            if (sink.ErrorCount > 0)
            {
                return new ReadResult(document, [], sink.Items);
            }

            ReadResult read = new TidyCsvReader(CitationCatalog.Empty, _datasets).Read(new SourceFile(file.Name, Encoding.UTF8.GetBytes(tidy.ToString())));
            string Cell(int line) => line >= 2 && line - 2 < cells.Count ? JsonStatCube.Where(cells[line - 2]).ToString() : "";
            IReadOnlyList<Diagnostic> diagnostics = [.. sink.Items, .. read.Diagnostics.Select(d => d with
            {
                Location = SourceLocator.Parse(d.Location) is { Line: > 0 } at ? Cell(at.Line) : d.Location,
            })];
            SourceDocument Own(SourceDocument d) => d with { Sha256 = file.Sha256, Format = Format };
            var observations = read.Observations.Select(o => o with
            {
                Provenance = o.Provenance with { Document = Own(o.Provenance.Document), Locator = JsonStatCube.Where(cells[o.Provenance.Locator.Line - 2]) },
            }).ToList();
            return new ReadResult(Own(read.Document), observations, diagnostics);
        }
    }
}
