using Flowwatch.Analysis.Detection.Wording;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// Finds a pretext purpose (study, tourism, business, private) taking a far larger share of all entries
/// than in its history, weighed up where a rule targets the nationality and where the count exceeds a
/// known capacity (docs/detectors.md#pretext-shift).
/// </summary>
public sealed class PretextShiftDetector : IDetector
{
    /// <summary>The detector with its parameters.</summary>
    /// <param name="options">Its parameters; <see cref="PretextShiftOptions.Default"/> if null.</param>
    public PretextShiftDetector(PretextShiftOptions? options = null) => Options = options ?? PretextShiftOptions.Default;

    /// <summary>Its parameters.</summary>
    public PretextShiftOptions Options { get; }

    /// <inheritdoc/>
    public string Name => DetectorNames.PretextShift;

    /// <inheritdoc/>
    public string Description => "A pretext purpose (study, tourism, business, private) taking a far larger share of all entries than in its history.";

    /// <inheritdoc/>
    public void Detect(SeriesIndex index, FindingContext context, ICollection<Finding> found)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(found);
        PretextShiftOptions o = Options;
        var pretexts = new HashSet<Purpose>(o.Pretexts);
        foreach (Rule rule in context.AllRules)
        {
            pretexts.UnionWith(rule.Pretexts);
        }

        int h = o.HistoryPeriods;
        var shares = new double[h];
        var scratch = new double[h];
        var histObs = new List<Observation>(2 * h);
        foreach (SeriesData series in index.Series)
        {
            if (series.Key.Breakdown.AsPurpose is not { } purpose || !pretexts.Contains(purpose)
                || context.Conventions.PartnerIsDestination(series.Key.Dataset)
                || !index.TryGet(series.Key.WithBreakdown(Breakdown.Total), out SeriesData? totals))
            {
                continue;
            }

            foreach (PeriodSlots slots in series.Kinds)
            {
                if (totals.Of(slots.Kind) is not { } totalSlots)
                {
                    continue;
                }

                int offset = (slots.FirstYear - totalSlots.FirstYear) * slots.PerYear;
                ReadOnlySpan<double> xs = slots.Values;
                double minCount = (double)o.Count.Low, minExcess = (double)o.Excess.Low;
                int step = slots.PerYear;
                for (int i = 0; i < slots.Length; i++)
                {
                    double xv = xs[i], tv = totalSlots.ValueAt(i + offset);
                    if (!(xv >= minCount) || !(tv > 0) || xv > tv)
                    {
                        continue;
                    }

                    // The same period in earlier years: shares are seasonal (tourism in summer).
                    int n = 0;
                    for (int j = step; j <= h * step && i - j >= 0; j += step)
                    {
                        double hx = xs[i - j], ht = totalSlots.ValueAt(i - j + offset);
                        if (ht > 0 && hx <= ht && !Closed(context, series.Key, slots, i - j))
                        {
                            shares[n++] = hx / ht;
                        }
                    }

                    if (n == 0)
                    {
                        continue;
                    }

                    shares.AsSpan(0, n).CopyTo(scratch);
                    double p0 = RobustStatistics.Median(scratch.AsSpan(0, n));
                    if (xv / tv - p0 < o.Rise.Low || xv - (p0 * tv) < minExcess)
                    {
                        continue;
                    }

                    Observation current = slots.Slots[i]!, total = totalSlots.At(i + offset)!;
                    histObs.Clear();
                    for (int j = step; j <= h * step && i - j >= 0; j += step)
                    {
                        if (slots.Slots[i - j] is { } hp && totalSlots.At(i - j + offset) is { } ht && ht.Value > 0 && hp.Value <= ht.Value && !Closed(context, series.Key, slots, i - j))
                        {
                            histObs.Add(hp);
                            histObs.Add(ht);
                        }
                    }

                    double t = (double)total.Value;
                    double share = (double)current.Value / t;
                    double rise = share - p0;
                    decimal expected = (decimal)(p0 * t);
                    decimal excess = current.Value - expected;
                    if (rise < o.Rise.Low || excess < o.Excess.Low)
                    {
                        continue;
                    }

                    double mad = n >= 3 ? RobustStatistics.MadToSigma * RobustStatistics.Mad(shares.AsSpan(0, n), p0, scratch) : 0;
                    double tau = Math.Max(o.VariationFloor, Math.Max(o.RelativeVariation * p0, mad));
                    double pb = Math.Clamp(p0, 0.5 / t, 1 - (0.5 / t));
                    // Binomial noise of the current share and of the historical median (about 1.57/n of one share's), plus natural variation.
                    double score = rise / Math.Sqrt((pb * (1 - pb) / t * (1 + (1.57 / n))) + (tau * tau));
                    if (score < o.Score.Low)
                    {
                        continue;
                    }

                    Severity severity =
                        score >= o.Score.High && rise >= o.Rise.High && current.Value >= o.Count.High ? Severity.High
                        : score >= o.Score.Medium && rise >= o.Rise.Medium && current.Value >= o.Count.Medium ? Severity.Medium
                        : Severity.Low;

                    bool canRaise = current.Value >= o.Count.Medium && excess >= o.Excess.Raise;
                    IReadOnlyList<Rule> rules = context.RulesFor(series.Key, current.Period);
                    var pretextRules = rules.Where(r => r.Pretexts.Contains(purpose)).ToArray();
                    if (canRaise && pretextRules.Length > 0)
                    {
                        severity = Raise(severity);
                    }

                    CapacityFigure? capacity = CapacityFor(context.Capacities, series.Key, purpose, current.Period, o.CapacityYears);
                    double? overCapacity = capacity is null || capacity.Value <= 0 ? null : (double)(current.Value / capacity.Value);
                    if (canRaise && overCapacity >= o.CapacityMultiple)
                    {
                        severity = Raise(severity);
                    }

                    // Rules and capacity raise the grade, but never past what the count itself supports.
                    Severity cap = current.Value >= o.Count.High && excess >= o.Count.High ? Severity.High
                        : current.Value >= o.Count.Medium && excess >= o.Excess.Raise ? Severity.Medium
                        : Severity.Low;
                    severity = severity > cap ? cap : severity;

                    var evidence = new List<Observation>(histObs.Count + 2) { current, total };
                    evidence.AddRange(histObs);
                    var facts = new PretextShiftFacts(current, total, share, p0, n, histObs.ToArray(), capacity, overCapacity, pretextRules, score);
                    found.Add(context.Make(Name, series.Key, current.Period, current.Value, decimal.Round(expected, 1), score, severity, facts, evidence, rules));
                }
            }
        }
    }

    private static Severity Raise(Severity s) => s == Severity.High ? s : s + 1;

    // A share of a period the border was closed through is no history (data/breaks.csv; BaselineOptions).
    private static bool Closed(FindingContext context, SeriesKey key, PeriodSlots slots, int index) =>
        context.ClosureOf(key, slots.PeriodAt(index)) is not null;

    private static CapacityFigure? CapacityFor(IReadOnlyList<CapacityFigure> capacities, SeriesKey key, Purpose purpose, Period period, int years)
    {
        CapacityFigure? best = null;
        foreach (CapacityFigure c in capacities)
        {
            if (c.Purpose == purpose && c.Reporter == key.Reporter && c.Partner == key.Partner && Math.Abs(c.Period.Year - period.Year) <= years
                && (best is null || Math.Abs(c.Period.Year - period.Year) < Math.Abs(best.Period.Year - period.Year)))
            {
                best = c;
            }
        }

        return best;
    }
}
