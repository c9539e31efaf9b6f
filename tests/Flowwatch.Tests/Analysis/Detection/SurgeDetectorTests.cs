using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Detection;

public sealed class SurgeDetectorTests
{
    private static IReadOnlyList<Finding> Surges(params Observation[] observations) =>
        new SurgeDetector().Detect(observations, DetectionContext.Empty);

    [Fact]
    public void Surge_ignores_three_becoming_twelve()
    {
        Assert.Empty(Surges(Some.Obs("2023-Q3", 3, "study"), Some.Obs("2024-Q3", 12, "study")));
    }

    [Fact]
    public void Surge_flags_38_becoming_3765_as_high_where_a_rule_bears_on_the_series_and_medium_where_none_does()
    {
        var pretextRule = new Rule(
            "TEST-OP8", "S/RES/1 (2017)", "8", new DateOnly(2017, 12, 22), null, [Country.Parse("KP")], [Purpose.Work], [Purpose.Study], "test", "https://example.org/r");
        Observation[] figures = [Some.Obs("2023-Q3", 38, "study"), Some.Obs("2024-Q3", 3765, "study")];
        Finding f = Assert.Single(new SurgeDetector().Detect(figures, new DetectionContext([pretextRule], [], [])));
        Assert.Equal(Severity.High, f.Severity);
        Finding context = Assert.Single(Surges(figures));
        Assert.Equal(Severity.Medium, context.Severity);
        Assert.EndsWith("Medium, not high: no sanctions rule in the catalogue bears on this series.", context.Explanation, StringComparison.Ordinal);
        Assert.Equal(3765m / 38m, (decimal)f.Ratio!.Value, 3);
    }

    [Fact]
    public void Surge_ignores_ordinary_growth_of_a_large_series()
    {
        Assert.Empty(Surges(
            Some.Obs("2020-Q3", 100_000), Some.Obs("2021-Q3", 104_000), Some.Obs("2022-Q3", 99_000), Some.Obs("2023-Q3", 108_000), Some.Obs("2024-Q3", 118_000)));
    }

    [Fact]
    public void Surge_compares_like_with_like_periods_only()
    {
        // A quarter is never compared with a year or another quarter of the same year.
        Assert.Empty(Surges(Some.Obs("2023", 40), Some.Obs("2024-Q1", 9, "tourism"), Some.Obs("2024-Q2", 400)));
    }

    [Fact]
    public void Surge_takes_the_larger_of_the_year_earlier_value_and_the_median_as_reference()
    {
        // A dip a year earlier does not make a return to the usual level a surge.
        Assert.Empty(Surges(
            Some.Obs("2020-Q3", 1000), Some.Obs("2021-Q3", 1020), Some.Obs("2022-Q3", 990), Some.Obs("2023-Q3", 300), Some.Obs("2024-Q3", 1010)));
    }

    [Theory]
    [InlineData(3, 12)]
    [InlineData(9, 11)]
    [InlineData(11, 53)]
    public void Small_counts_never_reach_medium(int before, int after)
    {
        Assert.All(Surges(Some.Obs("2023", before, "tourism"), Some.Obs("2024", after, "tourism")), f => Assert.Equal(Severity.Low, f.Severity));
    }
}
