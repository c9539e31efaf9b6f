using Flowwatch.Model;

namespace Flowwatch.Analysis.Series;

/// <summary>
/// The one rule by which Flowwatch fills a period from the periods published within it, used by <c>series</c>
/// (<see cref="SeriesAggregator"/>), the detectors and <c>verify</c>, so that they never disagree on the same figures:
/// <list type="bullet">
/// <item>A period that was not published itself is the sum of published figures that tile it from its first month to
/// its last, at each month the longest published piece first (a half before its quarters, a quarter before its months:
/// a cumulative January–June release is the figure its publisher stands by).</item>
/// <item>A period that was published is held against each complete set of its finer parts of one kind (its halves, its
/// quarters, its months); a set that sums to another value is a <see cref="Disagreement"/>, and the figure is disputed
/// unless an approximate figure explains the gap (<see cref="Disagreement.WithinApproximation"/>).</item>
/// </list>
/// Only flows add up over periods; callers do not tile a stock (<see cref="DatasetInfo.IsAdditive"/>).
/// </summary>
public static class PeriodTiling
{
    private static readonly PeriodKind[] Finer = [PeriodKind.Half, PeriodKind.Quarter, PeriodKind.Month];

    /// <summary>
    /// The published figures that tile <paramref name="period"/>, in order, the longest piece first at each month; null
    /// when some month is not covered, for a month (nothing finer is published), or when a single piece would do (the
    /// period itself, which the caller looks up first).
    /// </summary>
    /// <param name="period">The period to fill.</param>
    /// <param name="published">The published figure of a period of the same series, or null.</param>
    public static IReadOnlyList<Observation>? Tile(Period period, Func<Period, Observation?> published)
    {
        ArgumentNullException.ThrowIfNull(published);
        if (period.Kind is PeriodKind.Month)
        {
            return null;
        }

        var tiles = new List<Observation>(4);
        int month = period.FirstMonth;
        while (month <= period.LastMonth)
        {
            Observation? piece = null;
            if (month is 1 or 7 && month + 5 <= period.LastMonth && period.Kind != PeriodKind.Half)
            {
                piece = published(Period.OfHalf(period.Year, month == 1 ? 1 : 2));
            }

            if (piece is null && (month - 1) % 3 == 0 && month + 2 <= period.LastMonth && period.Kind != PeriodKind.Quarter)
            {
                piece = published(Period.OfQuarter(period.Year, ((month - 1) / 3) + 1));
            }

            piece ??= published(Period.OfMonth(period.Year, month));
            if (piece is null)
            {
                return null;
            }

            tiles.Add(piece);
            month = piece.Period.LastMonth + 1;
        }

        return tiles.Count >= 2 ? tiles : null;
    }

    /// <summary>
    /// Where the published figure <paramref name="whole"/> and a complete set of its published parts of one kind (halves,
    /// quarters, months) disagree: 2023 published as 1,117 while its quarters sum to 1,113.
    /// </summary>
    /// <param name="whole">A published figure of a year, half or quarter.</param>
    /// <param name="published">The published figure of a period of the same series, or null.</param>
    public static IReadOnlyList<Disagreement> Disagreements(Observation whole, Func<Period, Observation?> published)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(published);
        List<Disagreement>? found = null;
        if (whole.Period.Kind == PeriodKind.YearToDate)
        {
            return [];
        }

        foreach (PeriodKind kind in Finer)
        {
            if (kind <= whole.Period.Kind)
            {
                continue;
            }

            IReadOnlyList<Period> tiles = whole.Period.Split(kind);
            var parts = new List<Observation>(tiles.Count);
            decimal sum = 0;
            foreach (Period t in tiles)
            {
                if (published(t) is not { } part)
                {
                    break;
                }

                parts.Add(part);
                sum += part.Value;
            }

            if (tiles.Count > 0 && parts.Count == tiles.Count && sum != whole.Value)
            {
                (found ??= []).Add(new Disagreement(whole.Key, whole.Period, whole, sum, parts));
            }
        }

        return found is null ? [] : found;
    }
}
