using Flowwatch.Analysis.Detection;

namespace Flowwatch.Tests.Analysis.Detection;

public sealed class RobustStatisticsTests
{
    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        double[] values = [5, 1, 3, 100];
        Assert.Equal(4, RobustStatistics.Median(values));
    }

    [Fact]
    public void Poisson_score_is_zero_when_observed_equals_expected()
    {
        Assert.Equal(0, RobustStatistics.OverdispersedPoissonScore(50, 50, 0.15), 9);
    }

    [Fact]
    public void Poisson_score_of_a_doubling_grows_with_the_count_until_the_noise_term_caps_it()
    {
        double small = RobustStatistics.OverdispersedPoissonScore(20, 10, 0.15);
        double medium = RobustStatistics.OverdispersedPoissonScore(2000, 1000, 0.15);
        double large = RobustStatistics.OverdispersedPoissonScore(2_000_000, 1_000_000, 0.15);
        Assert.True(small < medium);
        Assert.Equal(Math.Sqrt(2 * ((2 * Math.Log(2)) - 1)) / 0.15, large, 1);
    }
}
