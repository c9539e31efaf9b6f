using System.Globalization;
using System.Text.Json;
using Flowwatch.Model;

namespace Flowwatch.Sources;

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
    // A migr_resfirst extract has thousands of cells; a cube declaring more than this is refused before any allocation.
    private const long MaxCells = 50_000_000;

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
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(file.Bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            sink.Error(SourceMessages.CorruptCode, e.LineNumber is long line ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}") : "", WorkbookMessages.JsonStatNotJson(e.Message));
            return new ReadResult(document, [], sink.Items);
        }

        using (json)
        {
            JsonElement root = json.RootElement;
            if (!TryCube(root, sink, out Cube? cube))
            {
                return new ReadResult(document, [], sink.Items);
            }

            DateOnly? updated = root.TryGetProperty("updated", out JsonElement u) && u.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(u.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset when)
                ? DateOnly.FromDateTime(when.Date) : null;
            document = document with { ReleaseDate = updated };
            var records = new EurostatRecords(document, sink, NumberGrammar.Stored, emptyIsDamage: false);
            Dictionary<long, string> status = Indexed(root, "status");
            var dims = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach ((long index, string? valueText) in Values(root.GetProperty("value")))
            {
                if (index < 0 || index >= cube!.Cells)
                {
                    sink.Error(SourceMessages.BadCellCode, Where(index).ToString(), WorkbookMessages.JsonStatIndexOutOfRange(index, cube!.Cells));
                    continue;
                }

                if (valueText is null)
                {
                    sink.Error(SourceMessages.BadCellCode, Where(index).ToString(), WorkbookMessages.JsonStatNotANumber(index));
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

                if (records.TryKey(dims, Where(index).ToString(), out SeriesKey key, out string reason))
                {
                    records.Add(key, reason, period, valueText, status.GetValueOrDefault(index, ""), Where(index), "time");
                }
            }

            records.Finish();
            return new ReadResult(document, records.Observations, sink.Items);
        }
    }

    private static SourceLocator Where(long index) => SourceLocator.AtCell("value", string.Create(CultureInfo.InvariantCulture, $"[{index}]"));

    private static bool TryCube(JsonElement root, DiagnosticSink sink, out Cube? cube)
    {
        cube = null;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out JsonElement ids) || ids.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("size", out JsonElement sizes) || sizes.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("dimension", out JsonElement dimension) || dimension.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("value", out JsonElement value) || value.ValueKind is not (JsonValueKind.Array or JsonValueKind.Object))
        {
            sink.Error(SourceMessages.MissingColumnCode, "", WorkbookMessages.JsonStatNotADataset);
            return false;
        }

        string[] names = ids.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : "").ToArray();
        int[] counts = sizes.EnumerateArray().Select(e => e.TryGetInt32(out int n) && n > 0 ? n : 0).ToArray();
        if (names.Length != counts.Length || names.Length == 0 || counts.Any(n => n == 0))
        {
            sink.Error(SourceMessages.BadCellCode, "size", WorkbookMessages.JsonStatBadSize(names.Length, counts.Length));
            return false;
        }

        long cells = 1;
        foreach (int n in counts)
        {
            cells *= n;
            if (cells > MaxCells)
            {
                sink.Error(SourceMessages.BadCellCode, "size", WorkbookMessages.JsonStatTooLarge(MaxCells));
                return false;
            }
        }

        var codes = new string[names.Length][];
        int time = -1;
        for (int d = 0; d < names.Length; d++)
        {
            string name = names[d];
            if (name is "time" or "TIME_PERIOD")
            {
                time = d;
            }

            if (!dimension.TryGetProperty(name, out JsonElement dim) || !dim.TryGetProperty("category", out JsonElement category)
                || !category.TryGetProperty("index", out JsonElement index) || !TryCodes(index, counts[d], out codes[d]))
            {
                sink.Error(SourceMessages.MissingColumnCode, "dimension." + name, WorkbookMessages.JsonStatBadDimension(name, counts[d]));
                return false;
            }
        }

        if (time < 0)
        {
            sink.Error(SourceMessages.MissingColumnCode, "id", WorkbookMessages.JsonStatNoTime(names));
            return false;
        }

        foreach (string required in EurostatRecords.RequiredDimensions.Where(r => !names.Contains(r)))
        {
            sink.Error(SourceMessages.MissingColumnCode, "id", SourceMessages.MissingColumn(required, names));
        }

        cube = new Cube(names, counts, codes, time, cells);
        return sink.ErrorCount == 0;
    }

    // category.index is {"AT":0,"BE":1} or ["AT","BE"]; every position from 0 to size-1 must be named once.
    private static bool TryCodes(JsonElement index, int size, out string[] codes)
    {
        codes = new string[size];
        if (index.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement e in index.EnumerateArray())
            {
                if (i >= size || e.ValueKind != JsonValueKind.String)
                {
                    return false;
                }

                codes[i++] = e.GetString()!;
            }

            return i == size;
        }

        if (index.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (JsonProperty p in index.EnumerateObject())
        {
            if (!p.Value.TryGetInt32(out int at) || at < 0 || at >= size || codes[at] is not null)
            {
                return false;
            }

            codes[at] = p.Name;
        }

        return codes.All(c => c is not null);
    }

    // "value": [12, null, 3] or {"0": 12, "2": 3}; a null is a figure not published. Anything else (a string, true, an
    // object) is not a number of JSON-stat's and is handed on as null text, for the caller to refuse naming its index.
    private static IEnumerable<(long Index, string? Text)> Values(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            long i = 0;
            foreach (JsonElement e in value.EnumerateArray())
            {
                if (e.ValueKind != JsonValueKind.Null)
                {
                    yield return (i, e.ValueKind == JsonValueKind.Number ? e.GetRawText() : null);
                }

                i++;
            }

            yield break;
        }

        foreach (JsonProperty p in value.EnumerateObject())
        {
            long index = long.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : -1;
            if (p.Value.ValueKind != JsonValueKind.Null)
            {
                yield return (index, p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetRawText() : null);
            }
        }
    }

    private static Dictionary<long, string> Indexed(JsonElement root, string name)
    {
        var result = new Dictionary<long, string>();
        if (!root.TryGetProperty(name, out JsonElement e))
        {
            return result;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            long i = 0;
            foreach (JsonElement s in e.EnumerateArray())
            {
                if (s.ValueKind == JsonValueKind.String)
                {
                    result[i] = s.GetString()!;
                }

                i++;
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty p in e.EnumerateObject())
            {
                if (long.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out long i) && p.Value.ValueKind == JsonValueKind.String)
                {
                    result[i] = p.Value.GetString()!;
                }
            }
        }

        return result;
    }

    private sealed record Cube(string[] Ids, int[] Sizes, string[][] Codes, int TimeDimension, long Cells);
}
