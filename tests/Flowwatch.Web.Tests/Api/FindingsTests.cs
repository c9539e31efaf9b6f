using System.Net;
using System.Text.Json;
using Flowwatch.Cli;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

public sealed class FindingsTests : IClassFixture<FlowwatchFactory>
{
    private readonly FlowwatchFactory _factory;
    private readonly HttpClient _client;

    public FindingsTests(FlowwatchFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Findings_are_what_the_scan_command_prints()
    {
        using JsonDocument api = JsonDocument.Parse(await _client.GetStringAsync("/api/findings?partner=KP"));
        var output = new StringWriter();
        Assert.Equal(0, CliApp.Run(["scan", "--db", _factory.DatabasePath, "--partner", "KP", "--format", "json"], output, new StringWriter()));
        using JsonDocument cli = JsonDocument.Parse(output.ToString());
        Assert.True(JsonElement.DeepEquals(cli.RootElement, api.RootElement), "the API and `flowwatch scan --format json` differ");
    }

    [Fact]
    public async Task The_2024_shift_to_study_is_a_high_finding_with_its_rule_its_quarter_and_evidence()
    {
        using JsonDocument json = JsonDocument.Parse(await _client.GetStringAsync("/api/findings?min_severity=high"));
        JsonElement shift = json.RootElement.GetProperty("findings").EnumerateArray().Single(f =>
            f.GetProperty("detector").GetString() == "pretext-shift" && f.GetProperty("breakdown").GetString() == "study" && f.GetProperty("period").GetString() == "2024");
        Assert.Equal(7887m, shift.GetProperty("observed").GetDecimal());
        Assert.Equal("high", shift.GetProperty("severity").GetString());
        Assert.Contains("UNSCR-2397-OP8", shift.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.NotEmpty(shift.GetProperty("evidence").EnumerateArray());

        // One episode, one finding: the 2024-Q3 quarter of the same shift is named in it, not repeated as its own surge.
        Assert.Contains("2024-Q3 (3,765)", shift.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(), f =>
            f.GetProperty("breakdown").GetString() == "study" && f.GetProperty("period").GetString() == "2024-Q3");

        string page = await _client.GetStringAsync("/findings/" + shift.GetProperty("id").GetString());
        Assert.Contains("7,887", page, StringComparison.Ordinal);
        Assert.Contains("class=\"cite\"", page, StringComparison.Ordinal);
        // A finding's page is one of the findings: the navigation says so, not "Overview".
        Assert.Contains("<a href=\"/findings\" aria-current=\"page\">Findings</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-current=\"page\">Overview", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_lists_findings_most_severe_first_with_links()
    {
        string html = await _client.GetStringAsync("/");
        int high = html.IndexOf("badge-high", StringComparison.Ordinal);
        int low = html.IndexOf("badge-low", StringComparison.Ordinal);
        Assert.True(high > 0, "no high finding on the overview");
        Assert.True(low < 0 || high < low, "a low finding comes before a high one");
        Assert.Contains("href=\"/findings/", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/findings?min_severity=urgent", "low, medium, high")]
    [InlineData("/api/findings?partner=Korea", "ISO 3166-1")]
    public async Task Bad_findings_queries_get_problems(string url, string expected)
    {
        HttpResponseMessage response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_finding_is_a_404_page()
    {
        HttpResponseMessage response = await _client.GetAsync("/findings/0000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no finding", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
