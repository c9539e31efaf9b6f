using System.Globalization;
using System.Text.Json;
using Flowwatch.Model;

namespace Flowwatch.Sources.Formats;

/// <summary>
/// The shape of a JSON-stat 2.0 dataset (https://json-stat.org/format/): its dimension ids, sizes and category codes,
/// and its cells addressed by flat index in row-major order over <c>id</c>. <c>value</c> and <c>status</c> may be
/// arrays or sparse objects keyed by that index; <c>category.index</c> an object or an array. Read by every JSON-stat
/// reader (Eurostat's and Flowwatch's own).
/// </summary>
/// <param name="Ids">The dimension ids, in order.</param>
/// <param name="Sizes">Each dimension's size.</param>
/// <param name="Codes">Each dimension's category codes by position.</param>
/// <param name="TimeDimension">The position of <c>time</c> (or <c>TIME_PERIOD</c>).</param>
/// <param name="Cells">The number of cells.</param>
internal sealed record JsonStatCube(string[] Ids, int[] Sizes, string[][] Codes, int TimeDimension, long Cells)
{
    // A migr_resfirst extract has thousands of cells; a cube declaring more than this is refused before any allocation.
    private const long MaxCells = 50_000_000;

    /// <summary>The category code of each dimension at a flat index.</summary>
    public string[] CodesAt(long index)
    {
        var codes = new string[Ids.Length];
        long rest = index;
        for (int d = Ids.Length - 1; d >= 0; d--)
        {
            codes[d] = Codes[d][(int)(rest % Sizes[d])];
            rest /= Sizes[d];
        }

        return codes;
    }

    /// <summary>Parses a file as JSON; a file that is not JSON is told to <paramref name="sink"/> with its line, and gives null.</summary>
    public static JsonDocument? Parse(SourceFile file, DiagnosticSink sink)
    {
        // JSON is UTF-8 (RFC 8259). System.Text.Json checks a string's bytes only when the string is read, and then
        // throws: the whole file is checked first, so that a stray byte in a label is an error, not a crash.
        int invalid = TextChecks.Utf8InvalidOffset(file.Bytes);
        if (invalid >= 0)
        {
            sink.Error(SourceMessages.EncodingCode, "", SourceMessages.NotUtf8(invalid));
            return null;
        }

        try
        {
            return JsonDocument.Parse(file.Bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            sink.Error(SourceMessages.CorruptCode, e.LineNumber is long line ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}") : "", WorkbookMessages.JsonStatNotJson(e.Message));
            return null;
        }
    }

    /// <summary>Where a cell is: its flat index, <c>value[17]</c>.</summary>
    public static SourceLocator Where(long index) => SourceLocator.AtCell("value", string.Create(CultureInfo.InvariantCulture, $"[{index}]"));

    /// <summary>Reads the cube's shape: ids, sizes and each dimension's category codes; errors go to <paramref name="sink"/>.</summary>
    /// <param name="root">The dataset object.</param>
    /// <param name="sink">Where problems are told.</param>
    /// <param name="required">Dimensions the format needs besides time.</param>
    /// <param name="cube">The shape, when it is one.</param>
    public static bool TryRead(JsonElement root, DiagnosticSink sink, IEnumerable<string> required, out JsonStatCube? cube)
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
        int[] counts = sizes.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int n) && n > 0 ? n : 0).ToArray();
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

        foreach (string missing in required.Where(r => !names.Contains(r)))
        {
            sink.Error(SourceMessages.MissingColumnCode, "id", SourceMessages.MissingColumn(missing, names));
        }

        cube = new JsonStatCube(names, counts, codes, time, cells);
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
            if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetInt32(out int at) || at < 0 || at >= size || codes[at] is not null)
            {
                return false;
            }

            codes[at] = p.Name;
        }

        return codes.All(c => c is not null);
    }

    // "value": [12, null, 3] or {"0": 12, "2": 3}; a null is a figure not published. Anything else (a string, true, an
    // object) is not a number of JSON-stat's and is handed on as null text, for the caller to refuse naming its index.
    /// <summary>The non-null cells of <c>value</c> with their flat index; a cell that is not a number has null text.</summary>
    public static IEnumerable<(long Index, string? Text)> Values(JsonElement value)
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

    /// <summary>A property indexed like <c>value</c> (an array, or an object keyed by index), its strings by index: <c>status</c>.</summary>
    public static Dictionary<long, string> Indexed(JsonElement root, string name)
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
}
