using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Flowwatch.Analysis.Detection;
using Flowwatch.Cli;
using Flowwatch.Tests.Support;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Api;

/// <summary>
/// A detector written in the tests (<see cref="Every2024FigureDetector"/>), registered in the server's settings: /api/findings lists its findings as `flowwatch scan`
/// does with the same detectors, and each has its page with the chart around its period.
/// </summary>
public sealed class PluggableDetectorTests : IClassFixture<PluggableDetectorTests.Server>
{
    private const string DetectorName = Every2024FigureDetector.DetectorName;

    private static readonly DetectorSuite WithTestDetector = DetectorSuite.Default.With(new Every2024FigureDetector());

    private readonly Server _server;
    private readonly HttpClient _client;

    public PluggableDetectorTests(Server server)
    {
        _server = server;
        _client = server.Factory.CreateClient();
    }

    private async Task<List<JsonElement>> ApiFindings()
    {
        using JsonDocument json = JsonDocument.Parse(await _client.GetStringAsync("/api/findings?partner=KP"));
        return json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("detector").GetString() == DetectorName).Select(f => f.Clone()).ToList();
    }

    [Fact]
    public async Task The_api_lists_a_registered_detectors_findings_as_the_scan_command_does()
    {
        List<JsonElement> found = await ApiFindings();
        string api = await _client.GetStringAsync("/api/findings?partner=KP");
        var output = new StringWriter();
        Assert.Equal(0, CliApp.Run(["scan", "--db", _server.Factory.DatabasePath, "--partner", "KP", "--format", "json"], output, new StringWriter(), WithTestDetector));

        Assert.NotEmpty(found);
        Assert.All(found, f =>
        {
            Assert.StartsWith("2024", f.GetProperty("period").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("the test detector saw ", f.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        });
        Assert.Contains(found, f => f.GetProperty("breakdown").GetString() == "study" && f.GetProperty("period").GetString() == "2024-Q3"
            && f.GetProperty("explanation").GetString() == Every2024FigureDetector.Explain(3765));
        using JsonDocument cli = JsonDocument.Parse(output.ToString());
        using JsonDocument web = JsonDocument.Parse(api);
        Assert.True(JsonElement.DeepEquals(cli.RootElement, web.RootElement), "the API and `flowwatch scan --format json` differ");
    }

    [Fact]
    public async Task Each_finding_of_a_registered_detector_has_its_page_with_the_chart_around_its_period()
    {
        JsonElement f = (await ApiFindings()).First(x => x.GetProperty("period").GetString() == "2024-Q3");

        HttpResponseMessage page = await _client.GetAsync("/findings/" + f.GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        string html = await page.Content.ReadAsStringAsync();
        Assert.Contains("the test detector saw", html, StringComparison.Ordinal);
        Assert.Contains("data-series=\"/api/series?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finding_whose_detector_sets_no_mark_is_charted_with_its_period_shaded()
    {
        (_, IElement canvas, JsonElement mark) = await FindingChartMarks.Page(_client, DetectorName, f => f.GetProperty("breakdown").GetString() == "study" && f.GetProperty("period").GetString() == "2024-Q3");

        Assert.Equal("period", mark.GetProperty("mark").GetString());
        Assert.Equal("2024-Q3", mark.GetProperty("span").GetProperty("first").GetString());
        Assert.Equal("2024-Q3", mark.GetProperty("span").GetProperty("last").GetString());
        Assert.False(mark.GetProperty("span").GetProperty("missing").GetBoolean());
        Assert.Equal("finding: 2024-Q3", mark.GetProperty("span").GetProperty("label").GetString());
        Assert.Empty(mark.GetProperty("deadlines").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, mark.GetProperty("comparison").ValueKind);
        Assert.StartsWith("/api/series?", canvas.GetAttribute("data-series"), StringComparison.Ordinal);
    }

    /// <summary>A server over the bundled figures that runs the catalogue's detectors and the test's.</summary>
    public sealed class Server : IDisposable
    {
        public FlowwatchFactory Factory { get; } = new() { Detectors = WithTestDetector };

        public void Dispose() => Factory.Dispose();
    }
}
