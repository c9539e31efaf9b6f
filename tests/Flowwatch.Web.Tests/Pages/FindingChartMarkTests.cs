using System.Text.Json;
using AngleSharp.Dom;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Pages;

/// <summary>
/// A finding's page embeds the mark its chart draws (the canvas's <c>data-mark</c>), chosen from the finding's own
/// mark as the report's picture is: a missing span, a rule's deadline, the published total against its parts.
/// </summary>
public sealed class FindingChartMarkTests : IClassFixture<FlowwatchFactory>
{
    private readonly HttpClient _client;

    public FindingChartMarkTests(FlowwatchFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task A_series_that_stopped_is_charted_with_the_span_missing_up_to_the_publishers_latest_quarter()
    {
        (JsonElement finding, IElement canvas, JsonElement mark) = await Page("suppression", f => f.GetProperty("period").GetString() == "2025-Q2");

        Assert.Equal("missing_span", mark.GetProperty("mark").GetString());
        JsonElement span = mark.GetProperty("span");
        Assert.Equal("2025-Q2", span.GetProperty("first").GetString());
        // "2025-Q2 to 2025-Q4 are missing although the same publisher's tables reach 2025-Q4."
        Assert.Contains("reach 2025-Q4", finding.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-Q4", span.GetProperty("last").GetString());
        Assert.True(span.GetProperty("missing").GetBoolean());
        Assert.Equal("missing from 2025-Q2", span.GetProperty("label").GetString());
        Assert.Empty(mark.GetProperty("deadlines").EnumerateArray());
        Assert.StartsWith("/api/series?", canvas.GetAttribute("data-series"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deadline_breach_is_charted_with_the_deadline_of_UNSCR_2397_and_no_line_for_rules_without_one()
    {
        (JsonElement finding, IElement canvas, JsonElement mark) = await Page("deadline-breach", f => f.GetProperty("period").GetString() == "2020-Q1");

        Assert.Equal("deadlines", mark.GetProperty("mark").GetString());
        Assert.Contains("UNSCR-2371-OP11", finding.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        JsonElement deadline = Assert.Single(mark.GetProperty("deadlines").EnumerateArray());
        Assert.Equal("2019-12-22", deadline.GetProperty("date").GetString());
        Assert.Equal("UNSCR-2397-OP8", deadline.GetProperty("rule").GetString());
        Assert.Equal("S/RES/2397 (2017) OP8", deadline.GetProperty("reference").GetString());
        Assert.Equal("2020-Q1", mark.GetProperty("span").GetProperty("first").GetString());
        Assert.False(mark.GetProperty("span").GetProperty("missing").GetBoolean());
        Assert.NotNull(canvas.GetAttribute("data-series"));
    }

    [Fact]
    public async Task A_total_its_parts_exceed_is_charted_against_their_sum_from_the_findings_evidence()
    {
        (JsonElement finding, IElement canvas, JsonElement mark) = await Page("inconsistency", f => f.GetProperty("period").GetString() == "2024");

        Assert.Equal("published_against_sum", mark.GetProperty("mark").GetString());
        JsonElement comparison = mark.GetProperty("comparison");
        Assert.Equal(13221m, comparison.GetProperty("published").GetDecimal());
        Assert.Equal(finding.GetProperty("baseline").GetDecimal(), comparison.GetProperty("published").GetDecimal());
        Assert.Equal(finding.GetProperty("observed").GetDecimal(), comparison.GetProperty("sum").GetDecimal());
        Assert.Equal("published 2024", comparison.GetProperty("published_label").GetString());

        // The parts are the evidence less the total itself, and add up to the sum.
        string[] evidence = finding.GetProperty("evidence").EnumerateArray()
            .Where(e => e.GetProperty("period").GetString() != "2024")
            .Select(e => $"{e.GetProperty("dataset").GetString()} {e.GetProperty("breakdown").GetString()} {e.GetProperty("period").GetString()} {e.GetProperty("value").GetDecimal()}")
            .ToArray();
        JsonElement[] parts = comparison.GetProperty("parts").EnumerateArray().ToArray();
        Assert.Equal(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"], parts.Select(p => p.GetProperty("period").GetString()));
        Assert.Equal(evidence, parts.Select(p => $"{p.GetProperty("dataset").GetString()} {p.GetProperty("breakdown").GetString()} {p.GetProperty("period").GetString()} {p.GetProperty("value").GetDecimal()}"));
        Assert.Equal(comparison.GetProperty("sum").GetDecimal(), parts.Sum(p => p.GetProperty("value").GetDecimal()));
        // The chart's data is the evidence: no series is fetched.
        Assert.Null(canvas.GetAttribute("data-series"));
    }

    [Fact]
    public async Task A_surge_is_charted_with_its_period_shaded()
    {
        (_, _, JsonElement mark) = await Page("surge", f =>
            f.GetProperty("dataset").GetString() == "ru-fsb-exits-of-russians-by-purpose" && f.GetProperty("breakdown").GetString() == "total" && f.GetProperty("period").GetString() == "2025-Q4");

        Assert.Equal("period", mark.GetProperty("mark").GetString());
        Assert.Equal("2025-Q4", mark.GetProperty("span").GetProperty("first").GetString());
        Assert.Equal("2025-Q4", mark.GetProperty("span").GetProperty("last").GetString());
        Assert.Equal(JsonValueKind.Null, mark.GetProperty("comparison").ValueKind);
    }

    private async Task<(JsonElement Finding, IElement Canvas, JsonElement Mark)> Page(string detector, Func<JsonElement, bool> which) =>
        await FindingChartMarks.Page(_client, detector, which);
}
