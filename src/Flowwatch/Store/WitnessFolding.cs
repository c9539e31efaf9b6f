using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>
/// Turns stored witnesses into figures, the same on both engines: a figure's value is the one its latest
/// publication states (a derived value never shadows a published one), and it keeps every witness that states
/// that value, in order of publication, with all their citations. Other values stay as its superseded revisions.
/// </summary>
internal static class WitnessFolding
{
    /// <summary>One figure per series and period, as published by <paramref name="asOf"/> (everything when null).</summary>
    /// <param name="rows">Witnesses ordered by series and period (as <see cref="StoredRow.Sql"/> returns them).</param>
    /// <param name="asOf">The last day of publication that counts.</param>
    public static List<Observation> Current(IEnumerable<StoredWitness> rows, DateOnly? asOf)
    {
        var figures = new List<Observation>();
        var group = new List<StoredWitness>();
        foreach (StoredWitness row in Visible(rows, asOf))
        {
            if (group.Count > 0 && (group[0].Observation.Key != row.Observation.Key || group[0].Observation.Period != row.Observation.Period))
            {
                figures.Add(Fold(group));
                group.Clear();
            }

            group.Add(row);
        }

        if (group.Count > 0)
        {
            figures.Add(Fold(group));
        }

        SortByKeyText(figures);
        return figures;
    }

    /// <summary>Every witness as published by <paramref name="asOf"/>, one observation each, in order of publication within a figure.</summary>
    public static List<Observation> History(IEnumerable<StoredWitness> rows, DateOnly? asOf)
    {
        // A stable sort: rows come in series id, period and file order, and keep it among equals.
        var ordered = Visible(rows, asOf).Select((r, i) => (Key: SortKey(r.Observation), Published: r.Witness.Published, Index: i, r.Observation)).ToArray();
        Array.Sort(ordered, (a, b) =>
        {
            int c = string.CompareOrdinal(a.Key, b.Key);
            if (c == 0)
            {
                c = Nullable.Compare(a.Published, b.Published);
            }

            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        return ordered.Select(x => x.Observation).ToList();
    }

    // The order the figures are listed in: by the key's codes, then the period as text, as both engines sorted
    // before the rows were read in index order; so the output does not depend on the order series were stored in.
    private static void SortByKeyText(List<Observation> figures)
    {
        var keyed = figures.Select(o => (Key: SortKey(o), Observation: o)).ToArray();
        Array.Sort(keyed, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        figures.Clear();
        figures.AddRange(keyed.Select(k => k.Observation));
    }

    // The key's codes and the period, separated by a character below any they contain.
    private static string SortKey(Observation o) =>
        string.Join('\u0001', o.Key.Dataset.Id, o.Key.Reporter.Code, o.Key.Partner.Code, o.Key.Breakdown.Code, o.Period.ToString());

    // Witnesses published after the day are left out, and so are the reports they cite that appeared later.
    private static IEnumerable<StoredWitness> Visible(IEnumerable<StoredWitness> rows, DateOnly? asOf)
    {
        if (asOf is not { } day)
        {
            foreach (StoredWitness row in rows)
            {
                yield return row;
            }

            yield break;
        }

        // Citation lists are shared instances: each is cut to the day once.
        var cut = new Dictionary<IReadOnlyList<Citation>, IReadOnlyList<Citation>>(ReferenceEqualityComparer.Instance);
        foreach (StoredWitness row in rows)
        {
            Witness w = row.Witness;
            if (w.Published > day)
            {
                continue;
            }

            IReadOnlyList<Citation> citations = w.Provenance.Citations;
            if (!cut.TryGetValue(citations, out IReadOnlyList<Citation>? kept))
            {
                kept = citations.Any(c => c.PublishedBy > day) ? citations.Where(c => !(c.PublishedBy > day)).ToArray() : citations;
                cut.Add(citations, kept);
            }

            if (ReferenceEquals(kept, citations))
            {
                yield return row;
            }
            else
            {
                Provenance earlier = w.Provenance with { Citations = kept };
                Observation o = row.Observation with { Provenance = earlier, Witnesses = [w with { Provenance = earlier }] };
                yield return row with { Observation = o };
            }
        }
    }

    private static Observation Fold(List<StoredWitness> group)
    {
        if (group.Count == 1)
        {
            return group[0].Observation;
        }

        var ordered = group.OrderBy(r => r.Witness.Published).ThenBy(r => r.SourceId).ToList();
        StoredWitness latest = ordered.LastOrDefault(r => r.Witness.Flag != ObservationFlag.Derived);
        if (latest.Observation is null)
        {
            latest = ordered[^1];
        }

        decimal value = latest.Witness.Value;
        var same = ordered.Where(r => r.Witness.Value == value).ToList();
        StoredWitness primary = same.FirstOrDefault(r => r.Witness.Flag != ObservationFlag.Derived);
        if (primary.Observation is null)
        {
            primary = same[0];
        }

        var citations = new List<Citation>();
        var seen = new HashSet<(string, string)>();
        foreach (StoredWitness r in same.Prepend(primary))
        {
            foreach (Citation c in r.Witness.Provenance.Citations)
            {
                if (seen.Add((c.Id, c.Url)))
                {
                    citations.Add(c);
                }
            }
        }

        Observation basis = primary.Observation;
        return basis with
        {
            Provenance = basis.Provenance with { Citations = citations },
            Witnesses = same.Select(r => r.Witness).ToArray(),
            Superseded = ordered.Where(r => r.Witness.Value != value).Select(r => r.Witness).ToArray(),
        };
    }
}
