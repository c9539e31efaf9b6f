namespace Flowwatch.Analysis.Detection;

/// <summary>The statistics the detectors share: median, MAD, and the overdispersed Poisson score.</summary>
public static class RobustStatistics
{
    /// <summary>The factor that makes the MAD estimate the standard deviation of a normal distribution.</summary>
    public const double MadToSigma = 1.4826;

    /// <summary>The median of <paramref name="values"/>, which it sorts in place; NaN when empty.</summary>
    public static double Median(Span<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        values.Sort();
        int mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /// <summary>The median absolute deviation from <paramref name="median"/>; uses <paramref name="scratch"/> (at least as long as the values).</summary>
    public static double Mad(ReadOnlySpan<double> values, double median, Span<double> scratch)
    {
        Span<double> dev = scratch[..values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            dev[i] = Math.Abs(values[i] - median);
        }

        return Median(dev);
    }

    /// <summary>
    /// How far a count <paramref name="observed"/> stands above an expected count <paramref name="expected"/>
    /// in standard units: the signed root of the Poisson deviance, divided by the square root of the
    /// quasi-Poisson dispersion <c>1 + c²·expected</c>.
    /// </summary>
    /// <remarks>
    /// For small counts the deviance is the likelihood-ratio test of a Poisson count, so 3 against 1 is
    /// unremarkable; for large counts the dispersion term dominates and the score becomes
    /// <c>sqrt(2(R ln R − R + 1)) / c</c> for a ratio R, i.e. a test on the relative change with
    /// relative noise <paramref name="relativeNoise"/>. An expected count of zero is taken as 0.5.
    /// </remarks>
    /// <param name="observed">The count found.</param>
    /// <param name="expected">The count expected.</param>
    /// <param name="relativeNoise">c: the relative variation of the series beyond Poisson (0.15 = 15 %).</param>
    public static double OverdispersedPoissonScore(double observed, double expected, double relativeNoise)
    {
        double e = Math.Max(expected, 0.5);
        double x = Math.Max(observed, 0);
        double deviance = 2 * ((x > 0 ? x * Math.Log(x / e) : 0) - (x - e));
        double root = Math.Sqrt(Math.Max(deviance, 0)) * Math.Sign(x - e);
        return root / Math.Sqrt(1 + (relativeNoise * relativeNoise * e));
    }
}
