using Flowwatch.Analysis.Detection.Wording;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// Finds figures far above the same period a year earlier and above the median of the same period in
/// earlier years, by an overdispersed Poisson score that respects small counts (docs/detectors.md#surge).
/// </summary>
public sealed class SurgeDetector : IDetector
{
    /// <summary>The detector with its parameters.</summary>
    /// <param name="options">Its parameters; <see cref="SurgeOptions.Default"/> if null.</param>
    public SurgeDetector(SurgeOptions? options = null) => Options = options ?? SurgeOptions.Default;

    /// <summary>Its parameters.</summary>
    public SurgeOptions Options { get; }

    /// <inheritdoc/>
    public string Name => DetectorNames.Surge;

    /// <inheritdoc/>
    public string Description => "A figure far above the same period a year earlier and the median of that period in earlier years.";

    /// <inheritdoc/>
    public void Detect(SeriesIndex index, FindingContext context, ICollection<Finding> found)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(found);
        SurgeOptions o = Options;
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
                ReadOnlySpan<double> values = slots.Values;
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
                    Observation? prev = null;
                    Observation? preBreak = null;
                    SeriesBreak? crossed = null;
                    Rule? deadline = null;
                    int n = 0, closed = 0;
                    for (int y = 1; y <= k && i - (y * step) >= 0; y++)
                    {
                        if (slots.Slots[i - (y * step)] is not { } h)
                        {
                            continue;
                        }

                        // A figure of a closed border is no baseline; one beyond a break or a sanctions deadline is the
                        // pre-break level, said beside the finding, never averaged into its baseline.
                        if (context.ClosureOf(series.Key, h.Period) is not null)
                        {
                            closed++;
                            continue;
                        }

                        if (context.BreakBetween(series.Key, h.Period, current.Period) is { } b)
                        {
                            (preBreak, crossed, deadline) = (h, b, context.DeadlineBetween(series.Key, h.Period, current.Period));
                            break;
                        }

                        if (context.DeadlineBetween(series.Key, h.Period, current.Period) is { } rule)
                        {
                            (preBreak, deadline) = (h, rule);
                            break;
                        }

                        prev ??= y == 1 ? h : null;
                        histObs[n] = h;
                        hist[n++] = values[i - (y * step)];
                    }

                    if (n == 0)
                    {
                        continue;
                    }

                    double pvBase = prev is null ? double.NaN : (double)prev.Value;
                    double noise = Noise(histObs.AsSpan(0, n), o, scratch, unit);
                    hist.AsSpan(0, n).CopyTo(scratch);
                    double median = RobustStatistics.Median(scratch.AsSpan(0, n));
                    double e1 = prev is null ? median : pvBase;
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

                    string? heldLow = HeldLow(o, current, histObs.AsSpan(0, n), (decimal)median, (decimal)unit, preBreak, deadline);
                    if (heldLow is not null)
                    {
                        severity = Severity.Low;
                    }

                    var evidence = new List<Observation>(n + 2) { current };
                    for (int j = 0; j < n; j++)
                    {
                        evidence.Add(histObs[j]);
                    }

                    if (preBreak is not null)
                    {
                        evidence.Add(preBreak);
                    }

                    var facts = new SurgeFacts(current, prev, histObs[..n], median, score)
                    {
                        PreBreak = preBreak,
                        Break = crossed,
                        Deadline = deadline,
                        ClosedLeftOut = closed,
                        HeldLow = heldLow,
                    };
                    found.Add(context.Make(Name, series.Key, current.Period, current.Value, (decimal)reference, score, severity, facts, evidence));
                }
            }
        }
    }

    // Why a large rise is still graded low: a baseline that means nothing, or a recovery to below the pre-break level.
    private static string? HeldLow(SurgeOptions o, Observation current, ReadOnlySpan<Observation> hist, decimal median, decimal unit, Observation? preBreak, Rule? deadline)
    {
        BaselineOptions b = o.Baseline;

        // The baseline's own level (the median of its figures) against the rounding of those figures.
        decimal rounding = 0;
        foreach (Observation h in hist)
        {
            rounding = Math.Max(rounding, BaselineOptions.RoundingUnit(h));
        }

        if (median < b.MinReferenceRoundingUnits * rounding)
        {
            return "its baseline is zero or within the rounding of the published figures";
        }

        if (hist.Length < b.MinFigures && median * unit < b.MinSingleCount)
        {
            return "its baseline is a single small figure";
        }

        // After a closure or a change of method, a rise back to the level of before (not a surge's ratio above it) is a
        // recovery, not a surge; a level of before a sanctions deadline is no norm for after it, so there the rise stands.
        if (preBreak is not null && deadline is null && (double)current.Value < o.Ratio.Low * (double)preBreak.Value)
        {
            return current.Value < preBreak.Value
                ? "it is a recovery to below the level of before the break"
                : "it is a recovery to about the level of before the break, not a surge above it";
        }

        return null;
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
}
