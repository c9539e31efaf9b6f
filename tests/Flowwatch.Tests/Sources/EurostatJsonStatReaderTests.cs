using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;

namespace Flowwatch.Tests.Sources;

/// <summary>
/// JSON-stat 2.0 as Eurostat's API returns it. The fixture is written by code from the figures of the real
/// label-and-code extract in samples/real (Eurostat's values for North Korea in Ireland), laid out as the API
/// lays out migr_resfirst: the same figures must come back as from the extract.
/// </summary>
public sealed class EurostatJsonStatReaderTests
{
    private static readonly string ExtractPath = Path.Combine(AppContext.BaseDirectory, "samples", "real", "eurostat_migr_resfirst_IE_KP_excerpt.csv");

    // Builds {"version":"2.0","class":"dataset","id":[freq,reason,citizen,duration,unit,geo,time], ...} from the extract's codes and values.
    private static byte[] JsonStatFromExtract(bool arrayValues = false, bool arrayIndex = false)
    {
        string[] lines = File.ReadAllLines(ExtractPath);
        string[] header = lines[0].Split(',');
        string[] ids = ["freq", "reason", "citizen", "duration", "unit", "geo", "time"];
        string[] columns = ["Time frequency_code", "Reason_code", "Country of citizenship_code", "Duration_code", "Unit of measure_code", "Geopolitical entity (reporting)_code", "Time_code"];
        int[] at = columns.Select(c => Array.IndexOf(header, c)).ToArray();
        int valueAt = Array.IndexOf(header, "value");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        List<string>[] codes = ids.Select((_, d) => rows.Select(r => r[at[d]]).Distinct().ToList()).ToArray();

        var dimension = new JsonObject();
        for (int d = 0; d < ids.Length; d++)
        {
            JsonNode index = arrayIndex
                ? new JsonArray(codes[d].Select(c => (JsonNode)JsonValue.Create(c)!).ToArray())
                : new JsonObject(codes[d].Select((c, i) => KeyValuePair.Create(c, (JsonNode?)JsonValue.Create(i))));
            dimension[ids[d]] = new JsonObject { ["label"] = ids[d], ["category"] = new JsonObject { ["index"] = index } };
        }

        long cells = codes.Aggregate(1L, (n, c) => n * c.Count);
        var values = new SortedDictionary<long, decimal>();
        foreach (string[] r in rows)
        {
            long flat = 0;
            for (int d = 0; d < ids.Length; d++)
            {
                flat = (flat * codes[d].Count) + codes[d].IndexOf(r[at[d]]);
            }

            values[flat] = decimal.Parse(r[valueAt], CultureInfo.InvariantCulture);
        }

        JsonNode value = arrayValues
            ? new JsonArray(Enumerable.Range(0, (int)cells).Select(i => values.TryGetValue(i, out decimal v) ? (JsonNode?)JsonValue.Create(v) : null).ToArray())
            : new JsonObject(values.Select(kv => KeyValuePair.Create(kv.Key.ToString(CultureInfo.InvariantCulture), (JsonNode?)JsonValue.Create(kv.Value))));
        var root = new JsonObject
        {
            ["version"] = "2.0",
            ["class"] = "dataset",
            ["label"] = "Written by Flowwatch's tests from Eurostat's migr_resfirst figures for KP in IE",
            ["source"] = "ESTAT",
            ["updated"] = "2025-06-12T23:00:00+0200",
            ["value"] = value,
            ["id"] = new JsonArray(ids.Select(i => (JsonNode)JsonValue.Create(i)!).ToArray()),
            ["size"] = new JsonArray(codes.Select(c => (JsonNode)JsonValue.Create(c.Count)!).ToArray()),
            ["dimension"] = dimension,
        };
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void The_cube_gives_back_the_figures_of_the_extract_it_was_written_from(bool arrayValues, bool arrayIndex)
    {
        var file = new SourceFile("migr_resfirst.json", JsonStatFromExtract(arrayValues, arrayIndex));
        ReadResult fromJson = SourceFormats.Read(file, CitationCatalog.Empty);
        ReadResult fromCsv = SourceFormats.Read(SourceFile.Load(ExtractPath), CitationCatalog.Empty);

        Assert.Equal("eurostat-json-stat", fromJson.Document.Format);
        Assert.False(fromJson.HasErrors, string.Join("\n", fromJson.Diagnostics));
        Assert.Equal(new DateOnly(2025, 6, 12), fromJson.Document.ReleaseDate);
        Assert.Equal(
            fromCsv.Observations.Select(o => $"{o.Key} {o.Period} {o.Value}").Order(StringComparer.Ordinal),
            fromJson.Observations.Select(o => $"{o.Key} {o.Period} {o.Value}").Order(StringComparer.Ordinal));
        Assert.Equal(4m, fromJson.Observations.Single(o => o.Period == Period.OfYear(2022)).Value);
    }

    [Fact]
    public void Status_flags_are_kept_and_confidential_figures_dropped()
    {
        const string json = """
            {"version":"2.0","class":"dataset","id":["reason","citizen","geo","time"],"size":[1,1,1,3],
             "dimension":{"reason":{"category":{"index":{"EDUC":0}}},"citizen":{"category":{"index":{"KP":0}}},
                          "geo":{"category":{"index":{"DE":0}}},"time":{"category":{"index":{"2021":0,"2022":1,"2023":2}}}},
             "value":{"0":5,"1":7,"2":9},"status":{"1":"p","2":"c"}}
            """;

        ReadResult result = SourceFormats.Read(new SourceFile("cube.json", Encoding.UTF8.GetBytes(json)), CitationCatalog.Empty);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Observations.Count);
        Observation p = result.Observations.Single(o => o.Period == Period.OfYear(2022));
        Assert.Contains("provisional", p.Note, StringComparison.Ordinal);
        Assert.Equal("value![1]", p.Provenance.Locator.ToString());
        Assert.Equal("eurostat-migr-resfirst/DE/KP/study", p.Key.ToString());
    }

    [Theory]
    [InlineData("""{"version":"2.0","class":"dataset","id":["geo"],"size":[2],"dimension":{"geo":{"category":{"index":{"DE":0}}}},"value":[1,2]}""", "dimension.geo")]
    [InlineData("""{"version":"2.0","class":"dataset","id":["reason","citizen","geo","time"],"size":[1,1,1,100000000],"dimension":{},"value":[]}""", "size")]
    [InlineData("""{"version":"2.0","class":"dataset","id":["reason","citizen","geo","time"],"size":[1,1,1,1],"dimension":{"reason":{"category":{"index":["TOTAL"]}},"citizen":{"category":{"index":["KP"]}},"geo":{"category":{"index":["DE"]}},"time":{"category":{"index":["2020"]}}},"value":{"5":1}}""", "value![5]")]
    [InlineData("""{"version":"2.0","class":"dataset","id":[""", "line 1")]
    public void A_broken_cube_is_one_error_naming_where(string json, string where)
    {
        ReadResult result = SourceFormats.Read(new SourceFile("cube.json", Encoding.UTF8.GetBytes(json)), CitationCatalog.Empty);

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location == where);
        Assert.True(result.HasErrors);
    }
}
