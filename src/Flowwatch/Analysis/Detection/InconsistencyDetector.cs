using Flowwatch.Analysis.Detection.Wording;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// Finds published figures that disagree: a year or half against its quarters, parts that exceed their
/// total (within a table or across two breakdowns of the same whole), and one figure stated twice with
/// two values. Sums that involve approximate figures are reported as such, at low severity, not as
/// contradictions (docs/detectors.md#inconsistency).
/// </summary>
public sealed class InconsistencyDetector : IDetector
{
    /// <summary>The detector with its parameters.</summary>
    /// <param name="options">Its parameters; <see cref="InconsistencyOptions.Default"/> if null.</param>
    public InconsistencyDetector(InconsistencyOptions? options = null) => Options = options ?? InconsistencyOptions.Default;

    /// <summary>Its parameters.</summary>
    public InconsistencyOptions Options { get; }

    /// <inheritdoc/>
    public string Name => DetectorNames.Inconsistency;

    /// <inheritdoc/>
    public string Description => "Published figures that disagree: a year or half and its quarters, parts that exceed their total, one figure given twice.";

    /// <inheritdoc/>
    public void Detect(SeriesIndex index, FindingContext context, ICollection<Finding> found)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(found);
        InconsistencyOptions o = Options;
        foreach (SeriesData series in index.Series)
        {
            Aggregates(series, context, o, found);
        }

        Parts(index, context, o, found);
        foreach (var (first, other) in index.Conflicts)
        {
            double gap = Math.Abs(RelativeGap(other.Value, first.Value));
            found.Add(Make(context, o, first.Key, first.Period, other.Value, first.Value, gap, new TwiceStatedFacts(first, other), [first, other], "sources"));
        }
    }

    private static void Aggregates(SeriesData series, FindingContext context, InconsistencyOptions o, ICollection<Finding> found)
    {
        // A stock's quarters (holders at each quarter's end) do not add up to its year: nothing to hold against it.
        if (!context.Conventions.IsAdditive(series.Key.Dataset) || series.Of(PeriodKind.Quarter) is not { } quarters)
        {
            return;
        }

        foreach (PeriodKind kind in new[] { PeriodKind.Year, PeriodKind.Half })
        {
            if (series.Of(kind) is not { } wholes)
            {
                continue;
            }

            foreach (Observation? slot in wholes.Slots)
            {
                // A whole Flowwatch derived (by differencing year-to-date tables) was never published: set
                // against the quarters it was not derived from, it would report a gap no publisher made.
                if (slot is not { } whole || whole.Flag == ObservationFlag.Derived)
                {
                    continue;
                }

                var parts = new List<Observation>(4);
                foreach (Period q in whole.Period.Split(PeriodKind.Quarter))
                {
                    if (quarters.At(q) is { } part)
                    {
                        parts.Add(part);
                    }
                }

                int expected = kind == PeriodKind.Year ? 4 : 2;
                decimal sum = parts.Sum(p => p.Value);
                if (parts.Count != expected || sum == whole.Value)
                {
                    continue;
                }

                double gap = Math.Abs(RelativeGap(sum, whole.Value));
                found.Add(Make(context, o, series.Key, whole.Period, sum, whole.Value, gap, new QuarterSumFacts(whole, parts, sum), [whole, .. parts], "quarters"));
            }
        }
    }

    private static void Parts(SeriesIndex index, FindingContext context, InconsistencyOptions o, ICollection<Finding> found)
    {
        // Non-total series grouped by table; tables grouped by the whole they break down.
        var tables = index.Series
            .Where(s => s.Key.Breakdown != Breakdown.Total)
            .GroupBy(s => s.Key.WithBreakdown(Breakdown.Total))
            .ToDictionary(g => g.Key, g => g.ToArray());
        var byWhole = tables.Keys
            .GroupBy(k => (context.Conventions.Whole(k.Dataset), k.Reporter, k.Partner))
            .ToDictionary(g => g.Key, g => g.ToArray());
        foreach (SeriesData totals in index.Series)
        {
            SeriesKey totalKey = totals.Key;
            if (totalKey.Breakdown != Breakdown.Total
                || !byWhole.TryGetValue((context.Conventions.Whole(totalKey.Dataset), totalKey.Reporter, totalKey.Partner), out SeriesKey[]? siblings))
            {
                continue;
            }

            foreach (SeriesKey partsTable in siblings)
            {
                SeriesData[] parts = tables[partsTable];
                foreach (PeriodSlots slots in totals.Kinds)
                {
                    PeriodSlots?[] partSlots = parts.Select(s => s.Of(slots.Kind)).ToArray();
                    for (int i = 0; i < slots.Length; i++)
                    {
                        double tv = slots.Values[i];
                        if (double.IsNaN(tv))
                        {
                            continue;
                        }

                        // Cheap screen in doubles: parts short of the total may simply be incomplete; only parts that exceed it contradict it.
                        Period period = slots.PeriodAt(i);
                        double approx = 0;
                        foreach (PeriodSlots? ps in partSlots)
                        {
                            double v = ps is null ? double.NaN : ps.ValueAt(ps.IndexOf(period));
                            approx += double.IsNaN(v) ? 0 : v;
                        }

                        if (approx <= tv)
                        {
                            continue;
                        }

                        Observation total = slots.Slots[i]!;
                        var present = new List<Observation>();
                        decimal sum = 0;
                        foreach (SeriesData part in parts)
                        {
                            if (part.At(total.Period) is { } v)
                            {
                                present.Add(v);
                                sum += v.Value;
                            }
                        }

                        if (present.Count < 2 || sum <= total.Value)
                        {
                            continue;
                        }

                        double gap = RelativeGap(sum, total.Value);
                        var facts = new PartsSumFacts(total, present, sum, partsTable.Dataset);
                        found.Add(Make(context, o, totalKey, total.Period, sum, total.Value, gap, facts, [total, .. present], "parts:" + partsTable.Dataset));
                    }
                }
            }
        }
    }

    /// <summary>
    /// How far <paramref name="stated"/> is from <paramref name="published"/>, relative to the published figure; a
    /// published zero (a total of 0 whose parts are positive) counts as one unit of the figure, so that the gap is the stated figure
    /// itself: the contradiction is reported, never divided by zero.
    /// </summary>
    internal static double RelativeGap(decimal stated, decimal published) =>
        (double)((stated - published) / (published == 0 ? 1 : Math.Abs(published)));

    private static Finding Make(FindingContext context, InconsistencyOptions o, SeriesKey key, Period period, decimal observed, decimal baseline, double gap, FindingFacts facts, IReadOnlyList<Observation> evidence, string aspect)
    {
        bool approximate = evidence.Any(Words.IsInexact);
        Severity severity = approximate ? Severity.Low : gap >= o.Gap.High ? Severity.High : gap >= o.Gap.Medium ? Severity.Medium : Severity.Low;
        return context.Make(DetectorNames.Inconsistency, key, period, observed, baseline, gap, severity, facts, evidence, [], aspect) with { Mark = FindingMark.PublishedAgainstSum };
    }
}
