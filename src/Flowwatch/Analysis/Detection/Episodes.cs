using Flowwatch.Analysis.Detection.Wording;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// One episode, one finding: the quarter, half and year views of one rise of a series (periods that nest) become the
/// finding of the longest period, which lists the others and keeps their figures as its evidence (the quarterly
/// build-up). The longest view grades the episode: a year held low as a recovery stays low, whatever its quarters say.
/// A surge of a pretext purpose inside a pretext shift of the same series is part of that shift.
/// </summary>
internal static class Episodes
{
    /// <summary>The findings with every episode folded into one.</summary>
    /// <param name="found">The findings of all detectors.</param>
    /// <param name="conventions">What dataset ids mean, to word the folded findings.</param>
    public static List<Finding> Fold(List<Finding> found, DatasetConventions conventions)
    {
        var folded = new List<Finding>(found.Count);
        var episodes = new Dictionary<(string Detector, SeriesKey Key), List<int>>();
        foreach (Finding f in found
            .OrderBy(f => f.Detector == DetectorNames.PretextShift ? 0 : 1)
            .ThenByDescending(f => f.Period.MonthCount))
        {
            if (!IsEpisodic(f))
            {
                folded.Add(f);
                continue;
            }

            int into = Enclosing(folded, episodes, (f.Detector, f.Key), f.Period);
            if (into < 0 && f.Detector == DetectorNames.Surge)
            {
                into = Enclosing(folded, episodes, (DetectorNames.PretextShift, f.Key), f.Period);
            }

            if (into >= 0)
            {
                folded[into] = Absorb(folded[into], f, conventions);
                continue;
            }

            if (!episodes.TryGetValue((f.Detector, f.Key), out List<int>? list))
            {
                list = [];
                episodes.Add((f.Detector, f.Key), list);
            }

            list.Add(folded.Count);
            folded.Add(f);
        }

        return folded;
    }

    private static bool IsEpisodic(Finding f) => f.Facts is SurgeFacts or PretextShiftFacts;

    private static int Enclosing(List<Finding> folded, Dictionary<(string, SeriesKey), List<int>> episodes, (string, SeriesKey) key, Period p)
    {
        if (!episodes.TryGetValue(key, out List<int>? list))
        {
            return -1;
        }

        foreach (int i in list)
        {
            Period q = folded[i].Period;
            if (q.Year == p.Year && q.FirstMonth <= p.FirstMonth && p.LastMonth <= q.LastMonth)
            {
                return i;
            }
        }

        return -1;
    }

    private static Finding Absorb(Finding episode, Finding part, DatasetConventions conventions)
    {
        var evidence = new List<Observation>(episode.Evidence);
        Observation partFigure = part.Evidence[0];
        if (!evidence.Contains(partFigure))
        {
            evidence.Add(partFigure);
        }

        string view = $"{part.Period} ({Words.Figure(partFigure)})";
        FindingFacts facts = episode.Facts!;
        if (part.Period != episode.Period && !facts.AlsoShows.Any(v => v.StartsWith(part.Period.ToString() + " ", StringComparison.Ordinal)))
        {
            facts = facts with { AlsoShows = [.. facts.AlsoShows, view] };
        }

        return episode with
        {
            Evidence = evidence,
            Facts = facts,
            Explanation = FindingWording.Explain(facts, conventions),
        };
    }
}
