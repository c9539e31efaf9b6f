using System.Globalization;
using System.Text.Json;
using Flowwatch.Model;

namespace Flowwatch.Reports;

/// <summary>
/// Series rows as a JSON-stat 2.0 dataset (https://json-stat.org/format/) of Flowwatch's own dataflow
/// (<see cref="FlowwatchDataflow"/>): the dimensions <c>dataset, reporter, partner, breakdown, time</c> (their
/// categories in order of first appearance, the dataset titles and country names as labels, time in SDMX's forms),
/// <c>value</c> and <c>status</c> (the flags) as sparse objects keyed by the flat index, and
/// <c>extension.dataflow</c> naming the dataflow, by which Flowwatch's JSON-stat reader knows it.
/// </summary>
public static class SeriesJsonStat
{
    /// <summary>The rows as one JSON-stat dataset.</summary>
    public static byte[] Write(IReadOnlyList<SeriesRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string[][] cells = rows.Select(r => new[] { r.Dataset, r.Reporter, r.Partner, r.Breakdown, SdmxPeriods.Format(Period.Parse(r.Period)) }).ToArray();
        IReadOnlyList<string> ids = FlowwatchDataflow.JsonStatDimensions;
        var categories = new List<string>[ids.Count];
        var positions = new Dictionary<string, int>[ids.Count];
        for (int d = 0; d < ids.Count; d++)
        {
            categories[d] = [];
            positions[d] = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string[] c in cells)
            {
                if (positions[d].TryAdd(c[d], categories[d].Count))
                {
                    categories[d].Add(c[d]);
                }
            }
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("version", "2.0");
            json.WriteString("class", "dataset");
            json.WriteString("label", "Flowwatch figures");
            json.WriteString("source", "Flowwatch (each figure's sources: flowwatch series --format json)");
            json.WriteStartObject("extension");
            json.WriteString("dataflow", FlowwatchDataflow.Reference);
            json.WriteEndObject();
            json.WriteStartArray("id");
            foreach (string id in ids)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteStartArray("size");
            foreach (List<string> c in categories)
            {
                json.WriteNumberValue(c.Count);
            }

            json.WriteEndArray();
            json.WriteStartObject("role");
            json.WriteStartArray("time");
            json.WriteStringValue("time");
            json.WriteEndArray();
            json.WriteStartArray("geo");
            json.WriteStringValue("reporter");
            json.WriteStringValue("partner");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("dimension");
            for (int d = 0; d < ids.Count; d++)
            {
                json.WriteStartObject(ids[d]);
                json.WriteString("label", ids[d]);
                json.WriteStartObject("category");
                json.WriteStartArray("index");
                foreach (string code in categories[d])
                {
                    json.WriteStringValue(code);
                }

                json.WriteEndArray();
                if (Labels(d, categories[d]) is { Count: > 0 } labels)
                {
                    json.WriteStartObject("label");
                    foreach ((string code, string label) in labels)
                    {
                        json.WriteString(code, label);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("value");
            for (int i = 0; i < rows.Count; i++)
            {
                json.WriteNumber(Index(cells[i]), rows[i].Value);
            }

            json.WriteEndObject();
            json.WriteStartObject("status");
            for (int i = 0; i < rows.Count; i++)
            {
                if (rows[i].Flag != "as_published")
                {
                    json.WriteString(Index(cells[i]), rows[i].Flag);
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();

        // Row-major over id: the last dimension varies fastest.
        string Index(string[] codes)
        {
            long index = 0;
            for (int d = 0; d < ids.Count; d++)
            {
                index = (index * categories[d].Count) + positions[d][codes[d]];
            }

            return index.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static List<(string Code, string Label)> Labels(int dimension, List<string> codes) => dimension switch
    {
        0 => codes.Select(c => (c, DatasetId.TryParse(c, out DatasetId id) && DatasetCatalog.Bundled.TryGet(id, out DatasetInfo info) ? info.Title : ""))
            .Where(x => x.Item2.Length > 0).ToList(),
        1 or 2 => codes.Select(c => (c, Country.TryParse(c, out Country country) ? CountryNames.Default.NameOf(country, "en") : ""))
            .Where(x => x.Item2.Length > 0).ToList(),
        _ => [],
    };
}
