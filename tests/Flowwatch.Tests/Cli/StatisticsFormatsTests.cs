using System.Text.Json;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

/// <summary>
/// `series --format sdmx-csv|jsonstat` round-trips through `ingest` to the same figures (dataset, reporter, partner,
/// breakdown, period, value, flag): the bundled figures, their sums by quarter (derived), and a synthetic set made here
/// with every kind of period and flag.
/// </summary>
public sealed class StatisticsFormatsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<string> Figures(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(r => string.Join('|', r.GetProperty("dataset").GetString(), r.GetProperty("reporter").GetString(), r.GetProperty("partner").GetString(),
                r.GetProperty("breakdown").GetString(), r.GetProperty("period").GetString(), r.GetProperty("value").GetDecimal(), r.GetProperty("flag").GetString()))
            .Order(StringComparer.Ordinal).ToList();

    private List<string> RoundTrip(string from, string format, string[] query, bool synthetic)
    {
        string[] extra = synthetic ? ["--include-synthetic"] : [];
        (int exit, string written, string err) = CliRunner.Run(["series", .. query, .. extra, "--format", format, "--db", from]);
        Assert.True(exit == 0, err);
        string file = _dir.File($"{format}-{Guid.NewGuid():N}" + (format == "jsonstat" ? ".json" : ".csv"));
        File.WriteAllText(file, written);
        string to = _dir.File($"back-{Guid.NewGuid():N}.db");
        (exit, string said, err) = CliRunner.Run(["ingest", file, "--db", to, .. synthetic ? new[] { "--synthetic" } : []]);
        Assert.True(exit == 0, said + err);
        Assert.Contains(format == "jsonstat" ? "flowwatch-json-stat" : "flowwatch-sdmx-csv", said, StringComparison.Ordinal);
        (exit, string back, err) = CliRunner.Run(["series", "--partner", "KP", .. extra, "--format", "json", "--db", to]);
        Assert.True(exit == 0, err);
        return Figures(back);
    }

    [Theory]
    [InlineData("sdmx-csv")]
    [InlineData("jsonstat")]
    public void The_bundled_figures_and_their_sums_by_quarter_come_back_the_same(string format)
    {
        string db = _dir.File("fw.db");
        Assert.Equal(0, CliRunner.Run("demo", "--db", db).Exit);
        foreach (string[] query in new[] { new[] { "--partner", "KP" }, ["--partner", "KP", "--by", "quarter"] })
        {
            List<string> original = Figures(CliRunner.Run(["series", .. query, "--format", "json", "--db", db]).Out);
            Assert.True(original.Count > 50, original.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(original, RoundTrip(db, format, query, synthetic: false));
        }
    }

    [Theory]
    [InlineData("sdmx-csv")]
    [InlineData("jsonstat")]
    public void Every_kind_of_period_and_flag_comes_back_the_same(string format)
    {
        // Synthetic, made here: a year, a half, a quarter, a month and January to August, each flag once; a fraction of a thousand trips.
        string tidy = _dir.File("synthetic.csv");
        File.WriteAllText(tidy, """
            dataset,reporter,partner,breakdown,period,value,flag
            ru-fsb-entries-by-purpose,RU,KP,study,2021,1500,approximate
            ru-fsb-entries-by-purpose,RU,KP,study,2022-H1,700,lower_bound
            ru-fsb-entries-by-purpose,RU,KP,study,2022-Q3,400,
            ru-fsb-entries-by-purpose,RU,KP,study,2022-10,120,derived
            ru-fsb-entries-by-purpose,RU,KP,study,2022-YTD08,900,
            ru-rosstat-inbound-tourist-trips,RU,KP,total,2022,12.5,
            """.Replace("\r", "", StringComparison.Ordinal) + "\n");
        string db = _dir.File("synthetic.db");
        (int exit, string said, string err) = CliRunner.Run("ingest", tidy, "--synthetic", "--db", db);
        Assert.True(exit == 0, said + err);
        List<string> original = Figures(CliRunner.Run("series", "--partner", "KP", "--include-synthetic", "--format", "json", "--db", db).Out);
        Assert.Equal(6, original.Count);
        Assert.Equal(original, RoundTrip(db, format, ["--partner", "KP"], synthetic: true));
    }
}
