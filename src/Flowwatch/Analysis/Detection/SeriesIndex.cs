using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// The observations grouped by series, each series' figures laid out by period kind; figures stated
/// twice for one series and period with different values are kept aside as conflicts.
/// </summary>
internal sealed class SeriesIndex
{
    private readonly Dictionary<SeriesKey, SeriesData> _byKey;

    private SeriesIndex(Dictionary<SeriesKey, SeriesData> byKey, List<SeriesData> series, List<(Observation First, Observation Other)> conflicts)
    {
        _byKey = byKey;
        Series = series;
        Conflicts = conflicts;
    }

    public IReadOnlyList<SeriesData> Series { get; }

    public IReadOnlyList<(Observation First, Observation Other)> Conflicts { get; }

    public bool TryGet(SeriesKey key, out SeriesData series) => _byKey.TryGetValue(key, out series!);

    public static SeriesIndex Build(IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var groups = new Dictionary<SeriesKey, List<Observation>>();
        var order = new List<SeriesKey>();
        List<Observation>? last = null;
        SeriesKey lastKey = default;
        for (int i = 0; i < observations.Count; i++)
        {
            Observation o = observations[i];

            // Files list a series' figures together: most rows reuse the previous row's group.
            if (last is null || !o.Key.Equals(lastKey))
            {
                if (!groups.TryGetValue(o.Key, out last))
                {
                    last = [];
                    groups.Add(o.Key, last);
                    order.Add(o.Key);
                }

                lastKey = o.Key;
            }

            last.Add(o);
        }

        var byKey = new Dictionary<SeriesKey, SeriesData>(groups.Count);
        var series = new List<SeriesData>(groups.Count);
        var conflicts = new List<(Observation, Observation)>();
        Span<int> minYear = stackalloc int[4];
        Span<int> maxYear = stackalloc int[4];
        foreach (SeriesKey key in order)
        {
            List<Observation> list = groups[key];
            minYear.Fill(int.MaxValue);
            maxYear.Fill(int.MinValue);
            foreach (Observation o in list)
            {
                int k = (int)o.Period.Kind;
                if (k < 4)
                {
                    minYear[k] = Math.Min(minYear[k], o.Period.Year);
                    maxYear[k] = Math.Max(maxYear[k], o.Period.Year);
                }
            }

            var data = new SeriesData(key);
            for (int k = 0; k < 4; k++)
            {
                if (minYear[k] <= maxYear[k])
                {
                    data.Set((PeriodKind)k, new PeriodSlots((PeriodKind)k, minYear[k], maxYear[k]));
                }
            }

            foreach (Observation o in list)
            {
                PeriodSlots? slots = data.Of(o.Period.Kind);
                if (slots is null)
                {
                    continue;
                }

                int index = slots.IndexOf(o.Period);
                if (slots.Slots[index] is { } existing)
                {
                    if (existing.Value != o.Value)
                    {
                        conflicts.Add((existing, o));
                    }

                    continue;
                }

                slots.Slots[index] = o;
                slots.Values[index] = (double)o.Value;
            }

            byKey.Add(key, data);
            series.Add(data);
        }

        return new SeriesIndex(byKey, series, conflicts);
    }
}
