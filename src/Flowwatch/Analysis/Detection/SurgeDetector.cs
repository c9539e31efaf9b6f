using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// Finds figures far above the same period a year earlier and above the median of the same period in
/// earlier years, by an overdispersed Poisson score that respects small counts (docs/detectors.md#surge).
/// </summary>
public static class SurgeDetector
{
    /// <summary>Finds surges in <paramref name="observations"/>.</summary>
    public static IReadOnlyList<Finding> Detect(IReadOnlyList<Observation> observations, DetectionContext context, SurgeOptions? options = null)
    {
        var found = new List<Finding>();
        Detect(SeriesIndex.Build(observations), new FindingContext(context, DatasetConventions.Default), options ?? SurgeOptions.Default, found);
        return found;
    }

    internal static void Detect(SeriesIndex index, FindingContext context, SurgeOptions o, List<Finding> found)
    {
        int k = o.LookbackYears;
        var hist = new double[k];
        var histObs = new Observation[k];
        var scratch = new double[k];
        foreach (SeriesData series in index.Series)
        {
            // Figures published in thousands are weighed in units: thresholds and scores are about people and trips.
            double unit = (double)context.Conventions.UnitSize(series.Key.Dataset);
            foreach (PeriodSlots slots in series.Kinds)
            {
                int step = slots.PerYear;
                double[] values = slots.Values;
                double lowRatio = o.Ratio.Low, lowExcess = (double)o.Excess.Low / unit;
                for (int i = step; i < slots.Length; i++)
                {
                    double x = values[i];
                    double pv = values[i - step];

                    // Cheap rejection first: most figures are nowhere near their year-earlier value's surge line.
                    if (double.IsNaN(x) || x < lowRatio * pv || x - pv < lowExcess)
                    {
                        continue;
                    }

                    Observation current = slots.Slots[i]!;
                    Observation? prev = slots.Slots[i - step];
                    int n = 0;
                    for (int y = 1; y <= k && i - (y * step) >= 0; y++)
                    {
                        if (slots.Slots[i - (y * step)] is { } h)
                        {
                            histObs[n] = h;
                            hist[n++] = values[i - (y * step)];
                        }
                    }

                    if (n == 0)
                    {
                        continue;
                    }

                    double noise = Noise(histObs.AsSpan(0, n), o, scratch, unit);
                    hist.AsSpan(0, n).CopyTo(scratch);
                    double median = RobustStatistics.Median(scratch.AsSpan(0, n));
                    double e1 = prev is null ? median : pv;
                    double reference = Math.Max(e1, median);
                    double ratio = x / Math.Max(reference, 0.5);
                    decimal excess = (current.Value - (decimal)reference) * (decimal)unit;
                    if (ratio < o.Ratio.Low || excess < o.Excess.Low)
                    {
                        continue;
                    }

                    // The references are themselves noisy figures: one figure a year earlier carries as much
                    // noise as the current one (variance x2); a median of n carries about 1.57/n of it.
                    double z1 = RobustStatistics.OverdispersedPoissonScore(x * unit, e1 * unit, noise) / Math.Sqrt(prev is null ? 1 + (1.57 / n) : 2);
                    double z2 = RobustStatistics.OverdispersedPoissonScore(x * unit, median * unit, noise) / Math.Sqrt(1 + (1.57 / n));
                    double score = Math.Min(z1, z2);
                    if (score < o.Score.Low)
                    {
                        continue;
                    }

                    Severity severity =
                        score >= o.Score.High && ratio >= o.Ratio.High && excess >= o.Excess.High ? Severity.High
                        : score >= o.Score.Medium && ratio >= o.Ratio.Medium && excess >= o.Excess.Medium ? Severity.Medium
                        : Severity.Low;

                    var evidence = new List<Observation>(n + 1) { current };
                    for (int j = 0; j < n; j++)
                    {
                        evidence.Add(histObs[j]);
                    }

                    string text = Explain(current, prev, histObs.AsSpan(0, n), median, score, context.Conventions);
                    found.Add(context.Make(DetectorNames.Surge, series.Key, current.Period, current.Value, (decimal)reference, score, severity, text, evidence));
                }
            }
        }
    }

    /// <summary>
    /// The relative noise c of the series: the MAD of its year-on-year log changes over the lookback,
    /// divided by √2 (each change carries the noise of two figures), clamped to [floor, cap]; the floor
    /// alone when fewer than three changes are known.
    /// </summary>
    private static double Noise(ReadOnlySpan<Observation> hist, SurgeOptions o, Span<double> scratch, double unit)
    {
        // hist runs from the most recent year back; consecutive years only.
        Span<double> changes = stackalloc double[hist.Length];
        int m = 0;
        for (int j = 0; j + 1 < hist.Length; j++)
        {
            if (hist[j].Period.Year - hist[j + 1].Period.Year == 1)
            {
                changes[m++] = Math.Log(((double)hist[j].Value * unit + 1) / ((double)hist[j + 1].Value * unit + 1));
            }
        }

        if (m < 3)
        {
            return o.NoiseFloor;
        }

        changes[..m].CopyTo(scratch);
        double median = RobustStatistics.Median(scratch[..m]);
        double mad = RobustStatistics.Mad(changes[..m], median, scratch);
        double c = RobustStatistics.MadToSigma * mad / Math.Sqrt(2);
        return Math.Clamp(c, o.NoiseFloor, o.NoiseCap);
    }

    // A year-earlier figure below a tenth of the median of the years before is a collapsed base.
    private const double CollapsedBase = 10;

    private static string Explain(Observation current, Observation? prev, ReadOnlySpan<Observation> hist, double median, double score, DatasetConventions conventions)
    {
        string what = Wording.Counts(current.Key, conventions);
        string head = $"In {current.Period}, {what} numbered {Wording.Figure(current)}";
        // A year-earlier figure far below the series' own median (a border closed for a pandemic) makes any ratio
        // against it huge and meaningless: say that the base collapsed instead of quoting "5,291 times".
        bool collapsed = prev is not null && hist.Length >= 2 && (double)prev.Value < median / CollapsedBase;
        string vsPrev = prev is null ? ""
            : collapsed ? $", up from a collapsed {Wording.Figure(prev)} in {prev.Period}"
            : ", " + Wording.Against((double)current.Value, prev);
        string vsMedian = hist.Length >= 2 || prev is null
            ? $"{(prev is not null ? " and" : ",")} against a median of {Wording.Number(median)} for {Wording.Span(hist[^1].Period, hist[0].Period)} ({hist.Length} figure{(hist.Length == 1 ? "" : "s")})"
            : "";
        return $"{head}{vsPrev}{vsMedian} (surge score {Wording.Score(score)}).";
    }
}
