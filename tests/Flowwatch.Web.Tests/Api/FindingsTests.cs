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
    public async Task The_2024_Q3_study_surge_is_a_high_finding_with_rules_and_evidence()
    {
        using JsonDocument json = JsonDocument.Parse(await _client.GetStringAsync("/api/findings?min_severity=high"));
        JsonElement surge = json.RootElement.GetProperty("findings").EnumerateArray().Single(f =>
            f.GetProperty("detector").GetString() == "surge" && f.GetProperty("breakdown").GetString() == "study" && f.GetProperty("period").GetString() == "2024-Q3");
        Assert.Equal(3765m, surge.GetProperty("observed").GetDecimal());
        Assert.Equal("high", surge.GetProperty("severity").GetString());
        Assert.NotEmpty(surge.GetProperty("evidence").EnumerateArray());

        string page = await _client.GetStringAsync("/findings/" + surge.GetProperty("id").GetString());
        Assert.Contains("3,765", page, StringComparison.Ordinal);
        Assert.Contains("class=\"cite\"", page, StringComparison.Ordinal);
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
