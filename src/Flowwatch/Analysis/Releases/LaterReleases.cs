using Flowwatch.Analysis.Claims;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Releases;

/// <summary>
/// Compares the figures an article was checked against (those published by its date) with the latest ones, so
/// that a verdict can say when a later release revised a figure it rests on. Pure: figures in, notes out.
/// </summary>
public static class LaterReleases
{
    /// <summary>One note per claim and figure whose value a later release changed.</summary>
    /// <param name="check">The article checked against the figures published by its date.</param>
    /// <param name="latest">The figures as the latest releases state them.</param>
    public static IReadOnlyList<ReleaseNote> Notes(ArticleCheck check, IReadOnlyList<Observation> latest)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(latest);
        var now = new Dictionary<(SeriesKey, Period), Observation>();
        foreach (Observation o in latest)
        {
            now[(o.Key, o.Period)] = o;
        }

        var notes = new List<ReleaseNote>();
        for (int i = 0; i < check.Claims.Count; i++)
        {
            var seen = new HashSet<(SeriesKey, Period)>();
            foreach (Observation then in check.Claims[i].Evidence.SelectMany(e => e.Basis))
            {
                if (seen.Add((then.Key, then.Period)) && now.TryGetValue((then.Key, then.Period), out Observation? later) && later.Value != then.Value)
                {
                    DateOnly? revised = later.Witnesses.Select(w => w.Published).Where(d => d.HasValue).Min();
                    notes.Add(new ReleaseNote(i, then.Key, then.Period, then.Value, later.Value, revised));
                }
            }
        }

        return notes;
    }
}
