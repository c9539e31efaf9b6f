using System.Text.Json;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

public sealed class ScanCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    // The read verbs never fill a store: the bundled figures are loaded first, as `flowwatch demo` would.
    public ScanCommandTests() => BundledStore.At(Db);

    private string Db => _temp.File("scan.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Scan_json_lists_findings_with_the_contract_fields_and_citations()
    {
        var (exit, output, _) = CliRunner.Run("scan", "--partner", "KP", "--format", "json", "--db", Db);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        JsonElement findings = doc.RootElement.GetProperty("findings");
        Assert.True(findings.GetArrayLength() > 10);
        foreach (string field in new[] { "id", "detector", "dataset", "reporter", "partner", "breakdown", "period", "observed", "baseline", "severity", "rules", "explanation", "evidence" })
        {
            Assert.True(findings[0].TryGetProperty(field, out _), field);
        }

        // The 2024-Q3 surge of study entries is one view of the 2024 shift to study: one episode, one finding.
        JsonElement study = findings.EnumerateArray().Single(f =>
            f.GetProperty("detector").GetString() == "pretext-shift" && f.GetProperty("breakdown").GetString() == "study" && f.GetProperty("period").GetString() == "2024");
        Assert.Equal(7887m, study.GetProperty("observed").GetDecimal());
        Assert.Equal("high", study.GetProperty("severity").GetString());
        Assert.Contains(study.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("period").GetString() == "2024-Q3" && e.GetProperty("value").GetDecimal() == 3765m);
        Assert.Contains(study.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("citations").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("North Korea")]
    [InlineData("КНДР")]
    [InlineData("북한")]
    public void Scan_and_series_take_a_country_name_where_a_code_is(string name)
    {
        var (_, byCode, _) = CliRunner.Run("scan", "--partner", "KP", "--min-severity", "high", "--format", "json", "--db", Db);
        var (exit, byName, _) = CliRunner.Run("scan", "--partner", name, "--min-severity", "high", "--format", "json", "--db", Db);
        Assert.Equal(0, exit);
        Assert.Equal(byCode, byName);

        var (seriesExit, series, _) = CliRunner.Run("series", "--partner", name, "--reporter", "Russia", "--by", "year", "--format", "csv", "--db", Db);
        Assert.Equal(0, seriesExit);
        Assert.Contains(",RU,KP,", series, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_country_name_is_refused_naming_the_option_and_what_was_typed()
    {
        var (exit, _, err) = CliRunner.Run("series", "--partner", "Atlantis", "--db", Db);
        Assert.Equal(2, exit);
        Assert.Contains("--partner 'Atlantis' is neither an ISO 3166-1 alpha-2 code nor a country name Flowwatch knows; for example KP or North Korea.", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_filters_by_severity_and_year()
    {
        var (exit, output, _) = CliRunner.Run("scan", "--partner", "KP", "--since", "2024", "--min-severity", "high", "--format", "json", "--db", Db);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.All(doc.RootElement.GetProperty("findings").EnumerateArray(), f =>
        {
            Assert.Equal("high", f.GetProperty("severity").GetString());
            Assert.True(string.CompareOrdinal(f.GetProperty("period").GetString(), "2024") >= 0);
        });
    }

    [Fact]
    public void Scan_refuses_a_broken_rules_file_naming_file_and_line()
    {
        string rules = _temp.Write("rules.csv", "id,instrument,paragraph,adopted,deadline,targets,prohibited,pretexts,summary,source_url\nR1,x,1,2017-02-30,,KP,work,,s,https://x.org\n");
        var (exit, _, err) = CliRunner.Run("scan", "--rules", rules, "--db", Db);
        Assert.Equal(1, exit);
        Assert.Contains("rules.csv, line 2", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_writes_html_with_embedded_charts_markdown_and_chart_data()
    {
        string folder = _temp.File("report");
        var (exit, _, _) = CliRunner.Run("report", "--partner", "KP", "--min-severity", "high", "--out", folder, "--db", Db);
        Assert.Equal(0, exit);
        string html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Contains("3,765", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "report.md")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "data"), "*.csv"));

        // Series are named in words with their countries, in the text and in the images' descriptions (a table's generic
        // title alone never says whose figures they are); the ids stay in the data files.
        string markdown = File.ReadAllText(Path.Combine(folder, "report.md"));
        foreach (string text in new[] { markdown, html })
        {
            Assert.Contains("entries of citizens of North Korea into Russia", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ru-fsb-entries-by-purpose", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Russian Federation", text, StringComparison.Ordinal);
        }
    }
}
