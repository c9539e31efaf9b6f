using System.Diagnostics.CodeAnalysis;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// The observations grouped by series, each series' figures laid out by period kind; figures stated
/// twice for one series and period with different values are kept aside as conflicts. What every detector reads.
/// </summary>
public sealed class SeriesIndex
{
    private readonly Dictionary<SeriesKey, SeriesData> _byKey;

    private SeriesIndex(Dictionary<SeriesKey, SeriesData> byKey, List<SeriesData> series, List<(Observation First, Observation Other)> conflicts)
    {
        _byKey = byKey;
        Series = series;
        Conflicts = conflicts;
    }

    /// <summary>Every series, in the order its first figure came.</summary>
    public IReadOnlyList<SeriesData> Series { get; }

    /// <summary>Figures stated twice for one series and period with two values: the first laid out, and the other.</summary>
    public IReadOnlyList<(Observation First, Observation Other)> Conflicts { get; }

    /// <summary>The figures of a series, if it has any.</summary>
    /// <param name="key">The series.</param>
    /// <param name="series">Its figures; null when it has none.</param>
    public bool TryGet(SeriesKey key, [NotNullWhen(true)] out SeriesData? series) => _byKey.TryGetValue(key, out series);

    /// <summary>Groups and lays out <paramref name="observations"/>.</summary>
    /// <param name="observations">The figures, in any order; the latest revision of each.</param>
    public static SeriesIndex Build(IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var groups = new Dictionary<SeriesKey, Group>();
        var order = new List<Group>();
        Group? last = null;
        SeriesKey lastKey = default;

        // One pass over the (scattered) observation objects gathers each series and its year range per
        // period kind; after it, only the compact arrays are read.
        for (int i = 0; i < observations.Count; i++)
        {
            Observation o = observations[i];

            // Files list a series' figures together: most rows reuse the previous row's group.
            if (last is null || !o.Key.Equals(lastKey))
            {
                if (!groups.TryGetValue(o.Key, out last))
                {
                    last = new Group(o.Key);
                    groups.Add(o.Key, last);
                    order.Add(last);
                }

                lastKey = o.Key;
            }

            last.Add(o);
        }

        var byKey = new Dictionary<SeriesKey, SeriesData>(groups.Count);
        var series = new List<SeriesData>(groups.Count);
        var conflicts = new List<(Observation, Observation)>();
        foreach (Group group in order)
        {
            var data = new SeriesData(group.Key);
            for (int k = 0; k < 4; k++)
            {
                if (group.MinYear[k] <= group.MaxYear[k])
                {
                    data.Set((PeriodKind)k, new PeriodSlots((PeriodKind)k, group.MinYear[k], group.MaxYear[k]));
                }
            }

            foreach (Observation o in group.Items)
            {
                Period period = o.Period;
                PeriodSlots? slots = data.Of(period.Kind);
                if (slots is null)
                {
                    continue;
                }

                int index = slots.IndexOf(period);
                if (slots.Slots[index] is { } existing)
                {
                    if (existing.Value != o.Value)
                    {
                        conflicts.Add((existing, o));
                    }

                    continue;
                }

                slots.Set(index, o);
            }

            byKey.Add(group.Key, data);
            series.Add(data);
        }

        return new SeriesIndex(byKey, series, conflicts);
    }

    private sealed class Group(SeriesKey key)
    {
        public SeriesKey Key { get; } = key;

        public List<Observation> Items { get; } = [];

        public int[] MinYear { get; } = [int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue];

        public int[] MaxYear { get; } = [int.MinValue, int.MinValue, int.MinValue, int.MinValue];

        public void Add(Observation o)
        {
            Items.Add(o);
            int k = (int)o.Period.Kind;
            if (k < 4)
            {
                int year = o.Period.Year;
                if (year < MinYear[k])
                {
                    MinYear[k] = year;
                }

                if (year > MaxYear[k])
                {
                    MaxYear[k] = year;
                }
            }
        }
    }
}
