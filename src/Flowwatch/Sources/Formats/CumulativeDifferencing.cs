using System.Globalization;
using Flowwatch.Model;

namespace Flowwatch.Sources.Formats;

/// <summary>
/// Turns cumulative (January to month) figures into the figures of the months they add:
/// January–September minus January–June is the third quarter. Pure: no store, no I/O.
/// </summary>
/// <remarks>
/// A cumulative figure is one whose period starts in January and spans more than one month
/// (<c>2024-Q1</c>, <c>2024-H1</c>, <c>2024-YTD09</c>, <c>2024</c>). Each is differenced against the latest
/// earlier cumulative figure of the same series and year in <c>previous</c>; the difference is kept when
/// its months form a calendar period (a month, a quarter or a half), flagged
/// <see cref="ObservationFlag.Derived"/>, with a note that names both figures. A negative difference is
/// reported, never stored. The published cumulative figures themselves are not returned: they are kept
/// as published by the reader.
/// </remarks>
public static class CumulativeDifferencing
{
    /// <summary>Derives the figures that <paramref name="current"/> adds to <paramref name="previous"/>.</summary>
    /// <param name="current">The figures of the new release (its cumulative ones are used; others are ignored).</param>
    /// <param name="previous">Earlier figures of the same dataset, from the store or an earlier file; the latest
    /// revision of each is enough. Non-cumulative ones are ignored.</param>
    /// <param name="diagnostics">Negative differences (<see cref="SourceMessages.NegativeDifferenceCode"/>, a warning) and
    /// figures that could not be derived (<see cref="SourceMessages.NotDerivedCode"/>, a warning), each naming
    /// the current figure's file and cell.</param>
    /// <returns>The derived figures, in the order of <paramref name="current"/>.</returns>
    public static IReadOnlyList<Observation> Derive(IReadOnlyList<Observation> current, IReadOnlyList<Observation> previous, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var problems = new List<Diagnostic>();
        var derived = new List<Observation>();

        // The latest (in list order) earlier cumulative figure per series, year and last month.
        var earlier = new Dictionary<(SeriesKey Key, int Year), SortedDictionary<int, Observation>>();
        var releases = new HashSet<(DatasetId Dataset, int Year, int LastMonth)>();
        foreach (Observation o in previous)
        {
            if (!IsCumulative(o.Period))
            {
                continue;
            }

            if (!earlier.TryGetValue((o.Key, o.Period.Year), out SortedDictionary<int, Observation>? byMonth))
            {
                byMonth = [];
                earlier.Add((o.Key, o.Period.Year), byMonth);
            }

            byMonth[o.Period.LastMonth] = o;
            releases.Add((o.Key.Dataset, o.Period.Year, o.Period.LastMonth));
        }

        foreach (Observation c in current)
        {
            if (!IsCumulative(c.Period))
            {
                continue;
            }

            Observation? before = null;
            if (earlier.TryGetValue((c.Key, c.Period.Year), out SortedDictionary<int, Observation>? candidates))
            {
                before = candidates.Where(kv => kv.Key < c.Period.LastMonth).Select(kv => kv.Value).LastOrDefault();
            }

            if (before is null)
            {
                // Only worth saying when an earlier release of that year exists but lacks this series.
                if (releases.Any(r => r.Dataset == c.Key.Dataset && r.Year == c.Period.Year && r.LastMonth < c.Period.LastMonth))
                {
                    problems.Add(Warn(c, SourceMessages.NotDerivedCode, NoEarlier(c)));
                }

                continue;
            }

            int first = before.Period.LastMonth + 1;
            if (!TryPeriod(c.Period.Year, first, c.Period.LastMonth, out Period period))
            {
                problems.Add(Warn(c, SourceMessages.NotDerivedCode, NotAPeriod(c, before, first)));
                continue;
            }

            decimal value = c.Value - before.Value;
            if (value < 0)
            {
                problems.Add(Warn(c, SourceMessages.NegativeDifferenceCode, Negative(c, before, period, value)));
                continue;
            }

            derived.Add(new Observation(c.Key, period, value, ObservationFlag.Derived, c.Provenance, Note(c, before)));
        }

        diagnostics = problems;
        return derived;
    }

    /// <summary>Whether a period runs from January over more than one month, as a cumulative table's does.</summary>
    public static bool IsCumulative(Period period) => period.FirstMonth == 1 && period.MonthCount > 1;

    private static bool TryPeriod(int year, int first, int last, out Period period)
    {
        foreach (PeriodKind kind in new[] { PeriodKind.Half, PeriodKind.Quarter, PeriodKind.Month })
        {
            foreach (Period p in Period.OfYear(year).Split(kind))
            {
                if (p.FirstMonth == first && p.LastMonth == last)
                {
                    period = p;
                    return true;
                }
            }
        }

        period = default;
        return false;
    }

    private static string Describe(Observation o) =>
        string.Create(CultureInfo.InvariantCulture, $"{o.Period} {o.Value:0.##} ({o.Provenance.Document.FileName}, {o.Provenance.Locator})");

    // A footnote on either figure (a methodology change) holds for their difference too.
    private static string Note(Observation current, Observation before) =>
        string.Join(" ", new[] { $"Derived: {Describe(current)} minus {Describe(before)}.", FootnoteOf(before), FootnoteOf(current) }.Where(t => t.Length > 0).Distinct());

    private static string FootnoteOf(Observation o) =>
        o.Note is { } note && note.IndexOf("Footnote ", StringComparison.Ordinal) is int at and >= 0 ? note[at..] : "";

    private static string NoEarlier(Observation c) =>
        $"{c.Key} {c.Period}: an earlier release of {c.Period.Year} is known but has no figure for this series, so the months it adds are not derived.";

    private static string NotAPeriod(Observation c, Observation before, int first) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Key}: {c.Period} minus {before.Period} covers months {first}-{c.Period.LastMonth}, which is not a month, quarter or half; nothing derived.");

    private static string Negative(Observation c, Observation before, Period period, decimal value) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Key} {period}: {Describe(c)} minus {Describe(before)} is {value:0.##}; a cumulative count cannot fall, so one of the releases was revised. Not stored.");

    private static Diagnostic Warn(Observation c, string code, string message) =>
        new(DiagnosticSeverity.Warning, code, c.Provenance.Document.FileName, c.Provenance.Locator.ToString(), message);
}
