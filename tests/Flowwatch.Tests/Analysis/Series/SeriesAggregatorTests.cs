using Flowwatch.Analysis.Series;
using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Series;

public sealed class SeriesAggregatorTests
{
    private static IReadOnlyList<Observation> Entries() =>
        BundledData.Read().Observations.Where(o => o.Key.Dataset.Id == "ru-fsb-entries-by-purpose").ToList();

    [Fact]
    public void Study_by_quarter_shows_the_2024_surge_as_published()
    {
        var points = SeriesAggregator.Lay(Entries().Where(o => o.Key.Breakdown.Code == "study"), PeriodKind.Quarter)
            .Where(p => p.Period.Year == 2024).ToDictionary(p => p.Period.ToString(), p => p.Value);
        Assert.Equal(38m, points["2024-Q1"]);
        Assert.Equal(332m, points["2024-Q2"]);
        Assert.Equal(3765m, points["2024-Q3"]);
        Assert.False(points.ContainsKey("2024-Q4"));
    }

    [Fact]
    public void The_2023_total_keeps_its_published_figure_and_reports_the_quarters_sum()
    {
        SeriesPoint y2023 = SeriesAggregator.Lay(Entries().Where(o => o.Key.Breakdown.Code == "total"), PeriodKind.Year).Single(p => p.Period == Period.OfYear(2023));
        Assert.Equal(1117m, y2023.Value);
        Assert.Equal(ObservationFlag.AsPublished, y2023.Flag);
        Assert.True(y2023.IsDisputed);
        Disagreement d = Assert.Single(y2023.Disagreements);
        Assert.Equal(1113m, d.PartsSum);
        Assert.Contains("1,117", d.Describe(), StringComparison.Ordinal);
        Assert.Contains("1,113", d.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_explained_by_an_approximate_part_is_not_a_dispute()
    {
        SeriesPoint y2024 = SeriesAggregator.Lay(Entries().Where(o => o.Key.Breakdown.Code == "total"), PeriodKind.Year).Single(p => p.Period == Period.OfYear(2024));
        Assert.Equal(13221m, y2024.Value);
        Assert.False(y2024.IsDisputed);
        Assert.True(Assert.Single(y2024.Disagreements).WithinApproximation);
    }

    [Fact]
    public void A_year_not_published_is_summed_from_its_quarters_and_marked_derived()
    {
        SeriesPoint year = Assert.Single(SeriesAggregator.Lay(
            [Some.Obs("2022-Q1", 10), Some.Obs("2022-Q2", 20), Some.Obs("2022-Q3", 30), Some.Obs("2022-Q4", 40)], PeriodKind.Year));
        Assert.Equal(100m, year.Value);
        Assert.True(year.IsDerived);
        Assert.Equal(4, year.Basis.Count);
    }

    [Fact]
    public void A_year_with_a_missing_quarter_is_not_invented()
    {
        Assert.Empty(SeriesAggregator.Lay([Some.Obs("2022-Q1", 10), Some.Obs("2022-Q2", 20), Some.Obs("2022-Q4", 40)], PeriodKind.Year));
    }

    [Fact]
    public void Halves_are_summed_from_months()
    {
        var months = Enumerable.Range(1, 6).Select(m => Some.Obs($"2022-{m:D2}", m)).ToList();
        SeriesPoint h1 = SeriesAggregator.Lay(months, PeriodKind.Half).Single();
        Assert.Equal(21m, h1.Value);
        Assert.Equal(Period.Parse("2022-H1"), h1.Period);
    }

    [Fact]
    public void FindDisagreements_lists_the_2023_half_year_too()
    {
        var found = SeriesAggregator.FindDisagreements(Entries()).Select(d => d.Period.ToString()).ToList();
        Assert.Contains("2023", found);
        Assert.Contains("2023-H1", found);
    }

    [Fact]
    public void A_stocks_quarters_are_neither_summed_into_its_year_nor_held_against_it()
    {
        // Made up for the test: workers present at each quarter's end, and at the year's end.
        SeriesKey stock = Some.Key(dataset: "dprk-workers-in-russia-stock");
        Observation[] figures = [.. new[] { ("2019-Q1", 900m), ("2019-Q2", 800m), ("2019-Q3", 700m), ("2019-Q4", 600m) }.Select(q => Some.Obs(q.Item1, q.Item2) with { Key = stock })];

        Assert.Empty(SeriesAggregator.Lay(figures, PeriodKind.Year));
        Assert.Empty(SeriesAggregator.FindDisagreements([.. figures, Some.Obs("2019", 600m) with { Key = stock }]));

        // The same figures as a flow (entries) are summed, derived, and a different published year disagrees.
        Observation[] flows = [.. figures.Select(o => o with { Key = Some.Key() })];
        SeriesPoint year = Assert.Single(SeriesAggregator.Lay(flows, PeriodKind.Year));
        Assert.Equal(3000m, year.Value);
        Assert.Single(SeriesAggregator.FindDisagreements([.. flows, Some.Obs("2019", 600m)]));
    }
}
