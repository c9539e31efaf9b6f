using Flowwatch.Analysis.Claims;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Releases;

/// <summary>
/// The figures an article is checked against: those published by its date, and, for a period that had ended by then
/// with no witness dated by then, the figure as first known. A witness's date is often that of the earliest press
/// report the store cites, not of the official release the report quotes, so the article may itself be the earlier
/// witness of such a figure. A figure seen only later can support a claim but never contradict it.
/// </summary>
public sealed class FiguresAtPublication
{
    private readonly HashSet<(SeriesKey, Period)> _seenLater;

    private FiguresAtPublication(IReadOnlyList<Observation> figures, HashSet<(SeriesKey, Period)> seenLater, DateOnly day)
    {
        Figures = figures;
        _seenLater = seenLater;
        Day = day;
    }

    /// <summary>The figures to check the article against.</summary>
    public IReadOnlyList<Observation> Figures { get; }

    /// <summary>The article's date.</summary>
    public DateOnly Day { get; }

    /// <summary>How many of <see cref="Figures"/> have no witness dated by the article's date.</summary>
    public int SeenLaterCount => _seenLater.Count;

    /// <summary>Chooses the figures for an article of <paramref name="day"/>.</summary>
    /// <param name="publishedBy">The figures as published by the article's date.</param>
    /// <param name="latest">The figures as the latest releases state them.</param>
    /// <param name="day">The article's date.</param>
    public static FiguresAtPublication Select(IReadOnlyList<Observation> publishedBy, IReadOnlyList<Observation> latest, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(publishedBy);
        ArgumentNullException.ThrowIfNull(latest);
        var known = new HashSet<(SeriesKey, Period)>(publishedBy.Select(o => (o.Key, o.Period)));
        var figures = new List<Observation>(publishedBy);
        var seenLater = new HashSet<(SeriesKey, Period)>();
        foreach (Observation o in latest)
        {
            // Only periods that were over when the article appeared: a part-year must stay what had been published by
            // then, or "this year" would be read against a total not yet counted.
            if (known.Contains((o.Key, o.Period)) || LastDay(o.Period) >= day)
            {
                continue;
            }

            figures.Add(o);
            seenLater.Add((o.Key, o.Period));
        }

        return new FiguresAtPublication(figures, seenLater, day);
    }

    /// <summary>
    /// Turns a <see cref="Verdict.Contradicted"/> that rests on a figure seen only after the article into
    /// <see cref="Verdict.NotCheckable"/>: the article may quote an earlier release the store does not hold.
    /// </summary>
    /// <param name="check">The article checked against <see cref="Figures"/>.</param>
    public ArticleCheck Guard(ArticleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (_seenLater.Count == 0)
        {
            return check;
        }

        var claims = new List<CheckedClaim>(check.Claims.Count);
        foreach (CheckedClaim c in check.Claims)
        {
            Observation? later = c.Verdict == Verdict.Contradicted
                ? c.Evidence.SelectMany(e => e.Basis).FirstOrDefault(o => _seenLater.Contains((o.Key, o.Period)))
                : null;
            claims.Add(later is null ? c : c with
            {
                Verdict = Verdict.NotCheckable,
                Rule = "seen-later",
                Explanation = SeenLaterExplanation(later),
            });
        }

        return check with { Claims = claims };
    }

    private string SeenLaterExplanation(Observation later) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"The figure it would be checked against ({Detection.Wording.Words.Counts(later.Key, Detection.DatasetConventions.Default)}, {later.Period} = {later.Value:#,0.##}) is first attested in the store on {later.FirstPublished:yyyy-MM-dd}, after this article ({Day:yyyy-MM-dd}); the article may quote an earlier release, so it is not called wrong.");

    private static DateOnly LastDay(Period p) => new(p.Year, p.LastMonth, DateTime.DaysInMonth(p.Year, p.LastMonth));
}
