using Flowwatch.Model;

namespace Flowwatch.Analysis.Series;

/// <summary>
/// Lays published figures out by period: as published, or at a coarser granularity where finer periods
/// that tile it were published and the coarser one was not (marked derived; the rule is <see cref="PeriodTiling"/>). Reports, never resolves,
/// wholes that disagree with their parts. Only flows add up over periods: the quarters of a stock (workers present
/// at each quarter's end) are neither summed into a year nor held against it (<see cref="DatasetInfo.IsAdditive"/>).
/// </summary>
public static class SeriesAggregator
{
    /// <summary>The series' points, ordered by series then period.</summary>
    /// <param name="observations">The current figures (one per series and period).</param>
    /// <param name="by">The granularity wanted; null for every period as published.</param>
    /// <param name="catalog">What each dataset measures; the bundled catalogue if null. A dataset it does not hold is a flow.</param>
    public static IReadOnlyList<SeriesPoint> Lay(IEnumerable<Observation> observations, PeriodKind? by, DatasetCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        catalog ??= DatasetCatalog.Bundled;
        var points = new List<SeriesPoint>();
        foreach (IGrouping<SeriesKey, Observation> series in observations.GroupBy(o => o.Key).OrderBy(g => g.Key.Dataset).ThenBy(g => g.Key.Reporter).ThenBy(g => g.Key.Partner).ThenBy(g => g.Key.Breakdown))
        {
            var published = new Dictionary<Period, Observation>();
            foreach (Observation o in series)
            {
                published[o.Period] = o;
            }

            bool additive = !catalog.TryGet(series.Key.Dataset, out DatasetInfo info) || info.IsAdditive;
            Observation? Lookup(Period p) => published.GetValueOrDefault(p);
            IEnumerable<Period> targets = by is { } kind ? Targets(published.Keys, kind) : published.Keys;
            foreach (Period period in targets.Order())
            {
                if (published.TryGetValue(period, out Observation? whole))
                {
                    points.Add(new SeriesPoint(series.Key, period, whole.Value, whole.Flag, [whole], additive ? PeriodTiling.Disagreements(whole, Lookup) : []));
                }
                else if (additive && PeriodTiling.Tile(period, Lookup) is { } parts)
                {
                    points.Add(new SeriesPoint(series.Key, period, parts.Sum(p => p.Value), ObservationFlag.Derived, parts, []));
                }
            }
        }

        return points;
    }

    /// <summary>Every disagreement between a published whole and its published parts.</summary>
    public static IReadOnlyList<Disagreement> FindDisagreements(IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return Lay(observations, null).SelectMany(p => p.Disagreements).ToList();
    }

    private static IEnumerable<Period> Targets(IEnumerable<Period> published, PeriodKind kind)
    {
        var targets = new HashSet<Period>();
        foreach (Period p in published)
        {
            if (p.Kind == kind)
            {
                targets.Add(p);
            }
            else if (p.Kind > kind && p.Kind != PeriodKind.YearToDate && p.TryGetEnclosing(kind, out Period enclosing))
            {
                targets.Add(enclosing);
            }
        }

        return targets;
    }
}
