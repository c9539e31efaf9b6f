using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Formats;

namespace Flowwatch.Tests.Sources;

public sealed class CumulativeDifferencingTests
{
    private static readonly SeriesKey Study = new(DatasetId.Parse("ru-fsb-entries-by-purpose"), Country.Parse("RU"), Country.Parse("KP"), Breakdown.Of(Purpose.Study));
    private static readonly SeriesKey Total = Study.WithBreakdown(Breakdown.Total);

    private static Observation Obs(SeriesKey key, string period, decimal value, string file = "ytd.csv", string cell = "G") =>
        new(key, Period.Parse(period), value, ObservationFlag.AsPublished,
            new Provenance(new SourceDocument("00", file, "fsb-table-csv", "FSB", null), SourceLocator.AtLineCell(7, cell), []));

    [Fact]
    public void January_to_september_minus_january_to_june_is_the_third_quarter()
    {
        IReadOnlyList<Observation> derived = CumulativeDifferencing.Derive(
            [Obs(Study, "2024-YTD09", 4135), Obs(Total, "2024-YTD09", 7771)],
            [Obs(Study, "2024-H1", 370, "h1.csv"), Obs(Total, "2024-H1", 2508, "h1.csv")],
            out IReadOnlyList<Diagnostic> diagnostics);

        Assert.Empty(diagnostics);
        Observation study = derived.Single(o => o.Key == Study);
        Assert.Equal(Period.OfQuarter(2024, 3), study.Period);
        Assert.Equal(3765m, study.Value);
        Assert.Equal(ObservationFlag.Derived, study.Flag);
        Assert.Contains("2024-YTD09 4135 (ytd.csv, line 7, column G)", study.Note, StringComparison.Ordinal);
        Assert.Contains("2024-H1 370 (h1.csv, line 7, column G)", study.Note, StringComparison.Ordinal);
        Assert.Equal(5263m, derived.Single(o => o.Key == Total).Value);
    }

    [Theory]
    [InlineData("2024-H1", "2024-Q1", "2024-Q2")]
    [InlineData("2024", "2024-YTD09", "2024-Q4")]
    [InlineData("2024", "2024-H1", "2024-H2")]
    [InlineData("2024-YTD08", "2024-YTD07", "2024-08")]
    public void The_difference_is_the_months_between(string current, string previous, string expected)
    {
        IReadOnlyList<Observation> derived = CumulativeDifferencing.Derive([Obs(Study, current, 100)], [Obs(Study, previous, 40)], out _);

        Assert.Equal(expected, Assert.Single(derived).Period.ToString());
        Assert.Equal(60m, derived[0].Value);
    }

    [Fact]
    public void The_latest_earlier_release_is_used()
    {
        IReadOnlyList<Observation> derived = CumulativeDifferencing.Derive(
            [Obs(Study, "2024-YTD09", 100)],
            [Obs(Study, "2024-Q1", 10), Obs(Study, "2024-H1", 40)],
            out _);

        Assert.Equal("2024-Q3", Assert.Single(derived).Period.ToString());
        Assert.Equal(60m, derived[0].Value);
    }

    [Fact]
    public void A_negative_difference_is_a_diagnostic_not_a_figure()
    {
        IReadOnlyList<Observation> derived = CumulativeDifferencing.Derive([Obs(Study, "2024-YTD09", 300)], [Obs(Study, "2024-H1", 370)], out IReadOnlyList<Diagnostic> diagnostics);

        Assert.Empty(derived);
        Diagnostic d = Assert.Single(diagnostics);
        Assert.Equal(SourceMessages.NegativeDifferenceCode, d.Code);
        Assert.Equal("ytd.csv", d.File);
        Assert.Equal("line 7, column G", d.Location);
        Assert.Contains("-70", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quarters_and_other_years_are_left_alone()
    {
        IReadOnlyList<Observation> derived = CumulativeDifferencing.Derive(
            [Obs(Study, "2024-Q3", 3765), Obs(Study, "2025-H1", 10)],
            [Obs(Study, "2024-H1", 370)],
            out IReadOnlyList<Diagnostic> diagnostics);

        Assert.Empty(derived);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_series_missing_from_a_known_earlier_release_is_reported()
    {
        IReadOnlyList<Observation> derived = CumulativeDifferencing.Derive([Obs(Study, "2024-YTD09", 100)], [Obs(Total, "2024-H1", 2508)], out IReadOnlyList<Diagnostic> diagnostics);

        Assert.Empty(derived);
        Assert.Equal(SourceMessages.NotDerivedCode, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Passing_the_current_release_among_the_previous_ones_is_harmless()
    {
        Observation ytd = Obs(Study, "2024-YTD09", 100);
        IReadOnlyList<Observation> derived = CumulativeDifferencing.Derive([ytd], [Obs(Study, "2024-H1", 40), ytd], out _);

        Assert.Equal(60m, Assert.Single(derived).Value);
    }
}
