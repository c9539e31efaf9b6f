using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Detection;

/// <summary>What a finding's chart shows (<c>Reports/FindingChartData</c>) follows its mark, for the report's picture and the web page alike.</summary>
public sealed class FindingChartDataTests
{
    private static readonly Rule WithDeadline = new("UNSCR-2397-OP8", "S/RES/2397 (2017)", "8", new DateOnly(2017, 12, 22), new DateOnly(2019, 12, 22), [Country.Parse("KP")], [], [], "", "");
    private static readonly Rule WithoutDeadline = WithDeadline with { Id = "UNSCR-2371-OP11", Deadline = null };

    private static readonly Observation[] Figures =
    [
        Some.Obs("2024-Q1", 812), Some.Obs("2024-Q2", 1696), Some.Obs("2024-Q3", 5263),
        Some.Obs("2024-Q1", 100, "study"), Some.Obs("2024-Q3", 3765, "study"),
        Some.Obs("2024", 13221),
        // Another table of the same reporter reaches further: how far a missing span runs.
        new(Some.Key("air", "ru-fsb-entries-by-mode"), Period.Parse("2025-Q1"), 10, ObservationFlag.AsPublished, Some.Obs("2024", 1).Provenance),
    ];

    private static Finding Charted(string period, string breakdown = "study", decimal? observed = 3765, decimal? baseline = 100, params Observation[] evidence) =>
        new("f", "test", Some.Key(breakdown), Period.Parse(period), observed, baseline, null, 1, Severity.Low, [WithoutDeadline, WithDeadline], "", evidence, []);

    [Fact]
    public void A_finding_that_says_nothing_shades_its_period_alone_among_its_tables_series()
    {
        FindingChartData chart = FindingChartData.For(Charted("2024-Q3", evidence: [Figures[4]]), Figures);

        Assert.Equal(new ChartSpan(Period.Parse("2024-Q3"), Period.Parse("2024-Q3"), Missing: false), chart.Span);
        Assert.Equal("finding: 2024-Q3", chart.Span.Label);
        Assert.Empty(chart.Deadlines);
        Assert.Null(chart.Comparison);
        // Its own series first, then the table's total; the year and the other table are not at its kind or table.
        Assert.Equal(["study", "total"], chart.Series.Select(s => s.Key.Breakdown.Code));
        Assert.True(chart.Series[0].IsSubject);
        Assert.Equal(["2024-Q1", "2024-Q2", "2024-Q3"], chart.Series[1].Points.Select(p => p.Period.ToString()));
    }

    [Fact]
    public void A_missing_span_runs_to_the_latest_period_of_its_kind_the_reporter_published()
    {
        Finding stopped = Charted("2024-Q4", "total", null, 5263, Figures[2]) with { Mark = FindingMark.MissingSpan };

        FindingChartData chart = FindingChartData.For(stopped, Figures);

        Assert.Equal(new ChartSpan(Period.Parse("2024-Q4"), Period.Parse("2025-Q1"), Missing: true), chart.Span);
        Assert.Equal("missing from 2024-Q4", chart.Span.Label);
        Assert.Equal(new ChartSpan(Period.Parse("2025-Q2"), Period.Parse("2025-Q2"), Missing: true), FindingChartData.For(stopped with { Period = Period.Parse("2025-Q2") }, Figures).Span);
    }

    [Fact]
    public void Deadlines_are_drawn_for_the_rules_that_have_one_and_only_when_the_finding_asks()
    {
        Finding breach = Charted("2024-Q3", evidence: [Figures[4]]);

        Assert.Equal([WithDeadline], FindingChartData.For(breach with { Mark = FindingMark.Deadlines }, Figures).Deadlines);
        Assert.Empty(FindingChartData.For(breach, Figures).Deadlines);
    }

    [Fact]
    public void A_total_against_its_parts_draws_the_evidence_alone_and_compares_the_total_with_the_rest()
    {
        Observation[] evidence = [Figures[5], Figures[0], Figures[1], Figures[2]];
        Finding conflict = Charted("2024", "total", 7771, 13221, evidence) with { Mark = FindingMark.PublishedAgainstSum };

        FindingChartData chart = FindingChartData.For(conflict, Figures);

        ChartSeries series = Assert.Single(chart.Series);
        Assert.Equal(evidence, series.Points);
        Assert.NotNull(chart.Comparison);
        Assert.Equal(13221, chart.Comparison.Published);
        Assert.Equal(7771, chart.Comparison.Sum);
        Assert.Equal("published 2024", chart.Comparison.PublishedLabel);
        Assert.Equal(evidence[1..], chart.Comparison.Parts);
        Assert.Null(FindingChartData.For(conflict with { Baseline = null }, Figures).Comparison);
    }
}
