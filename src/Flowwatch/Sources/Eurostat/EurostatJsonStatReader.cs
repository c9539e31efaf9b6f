using System.Globalization;
using System.Text.Json;
using Flowwatch.Model;
using Flowwatch.Sources.Formats;

namespace Flowwatch.Sources.Eurostat;

/// <summary>
/// Reads Eurostat <c>migr_resfirst</c> as JSON-stat 2.0, the default response of Eurostat's dissemination API
/// (<c>{"version":"2.0","class":"dataset","id":[...],"size":[...],"dimension":{...},"value":{...},"status":{...}}</c>).
/// Values are addressed by their flat index in row-major order over <c>id</c>; <c>value</c> and <c>status</c> may be
/// arrays or sparse objects keyed by that index; <c>category.index</c> may be an object or an array. The same rules as
/// the SDMX-CSV reader apply (top-level reasons, countries only, duration TOTAL, unit PER), flags come from
/// <c>status</c>, and each figure cites its flat index (<c>value![17]</c>). The release date is <c>updated</c>.
/// </summary>
public sealed class EurostatJsonStatReader : IObservationReader
{
    /// <inheritdoc/>
    public string Format => "eurostat-json-stat";

    /// <inheritdoc/>
    public bool CanRead(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ReadOnlySpan<byte> head = file.Bytes.AsSpan(0, Math.Min(file.Bytes.Length, 4096));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        head = head.TrimStart(" \t\r\n"u8);
        return head.StartsWith("{"u8)
            && (head.IndexOf("\"class\":\"dataset\""u8) >= 0 || head.IndexOf("\"class\": \"dataset\""u8) >= 0);
    }

    /// <inheritdoc/>
    public ReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new DiagnosticSink(file.Name);
        var document = new SourceDocument(file.Sha256, file.Name, Format, EurostatRecords.Publisher, null);
        if (JsonStatCube.Parse(file, sink) is not JsonDocument json)
        {
            return new ReadResult(document, [], sink.Items);
        }

        using (json)
        {
            JsonElement root = json.RootElement;
            if (!JsonStatCube.TryRead(root, sink, EurostatRecords.RequiredDimensions, out JsonStatCube? cube))
            {
                return new ReadResult(document, [], sink.Items);
            }

            DateOnly? updated = root.TryGetProperty("updated", out JsonElement u) && u.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(u.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset when)
                ? DateOnly.FromDateTime(when.Date) : null;
            document = document with { ReleaseDate = updated };
            var records = new EurostatRecords(document, sink, NumberGrammar.Stored, emptyIsDamage: false);
            Dictionary<long, string> status = JsonStatCube.Indexed(root, "status");
            var dims = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach ((long index, string? valueText) in JsonStatCube.Values(root.GetProperty("value")))
            {
                if (index < 0 || index >= cube!.Cells)
                {
                    sink.Error(SourceMessages.BadCellCode, JsonStatCube.Where(index).ToString(), WorkbookMessages.JsonStatIndexOutOfRange(index, cube!.Cells));
                    continue;
                }

                if (valueText is null)
                {
                    sink.Error(SourceMessages.BadCellCode, JsonStatCube.Where(index).ToString(), WorkbookMessages.JsonStatNotANumber(index));
                    continue;
                }

                dims.Clear();
                string period = "";
                long rest = index;
                for (int d = cube.Ids.Length - 1; d >= 0; d--)
                {
                    string code = cube.Codes[d][(int)(rest % cube.Sizes[d])];
                    rest /= cube.Sizes[d];
                    if (d == cube.TimeDimension)
                    {
                        period = code;
                    }
                    else
                    {
                        dims[cube.Ids[d]] = code;
                    }
                }

                if (records.TryKey(dims, JsonStatCube.Where(index).ToString(), out SeriesKey key, out string reason))
                {
                    records.Add(key, reason, period, valueText, status.GetValueOrDefault(index, ""), JsonStatCube.Where(index), "time");
                }
            }

            records.Finish();
            return new ReadResult(document, records.Observations, sink.Items);
        }
    }

}
