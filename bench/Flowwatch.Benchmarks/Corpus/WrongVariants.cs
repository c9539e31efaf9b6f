using System.Globalization;
using Flowwatch.Analysis.Claims;
using Flowwatch.Model;

namespace Flowwatch.Benchmarks.Corpus;

/// <summary>
/// Makes the wrong variants of a correct claim (<see cref="WrongVariant"/>). Each variant is wrong by the figures: the
/// changed number, period or base gives a claim at least 20 % (a multiple 25 %) away from the figure of its frame, on
/// the side its hedge cannot cover. Where the original frame is needed (the figure to move away from, the dataset and
/// period to move), it is the frame under which Flowwatch supported the original; a correct claim Flowwatch missed has
/// its digit variant only when the corpus states its figure.
/// </summary>
internal sealed class WrongVariants
{
    private const decimal Away = 0.2m;
    private const decimal RatioAway = 0.25m;

    // A phrase that makes a count one of study, per language, and whether it goes before the number (Korean modifiers do).
    private static readonly Dictionary<string, (string Phrase, bool Before)> StudyPhrases = new(StringComparer.Ordinal)
    {
        ["en"] = (" for study", false),
        ["de"] = (" zum Studium", false),
        ["ru"] = (" на учебу", false),
        ["ko"] = ("유학 목적 ", true),
    };

    private readonly Func<DateOnly, IReadOnlyList<Observation>> _publishedBy;
    private readonly Func<CorpusCase, IReadOnlyList<CheckedClaim>?> _check;

    public WrongVariants(Func<DateOnly, IReadOnlyList<Observation>> publishedBy, Func<CorpusCase, IReadOnlyList<CheckedClaim>?> check)
    {
        _publishedBy = publishedBy;
        _check = check;
    }

    /// <summary>The variants of expectation <paramref name="e"/> of case <paramref name="c"/>, whose check gave <paramref name="original"/> (null when missed).</summary>
    public IEnumerable<WrongVariant> Of(CorpusCase c, CorpusExpectation e, CheckedClaim? original, decimal? statedFigure)
    {
        int at = e.IndexIn(c.Text);
        if (at < 0)
        {
            yield break;
        }

        bool held = original?.Verdict == Verdict.Supported;
        decimal? figure = held ? original!.Actual : statedFigure;
        if (figure is { } a && a > 0 && Digit(c, e, at, a) is { } digit)
        {
            yield return digit;
        }

        if (!held || original!.Interpretation is not { Dataset: { } dataset, Partner: { } partner, Breakdown: { } breakdown, Period: { } period } frame)
        {
            yield break;
        }

        IReadOnlyList<Observation> figures = _publishedBy(c.Published);
        Country reporter = frame.Reporter ?? (original.Evidence is [{ Basis: [var first, ..] }, ..] ? first.Key.Reporter : default);
        decimal? Find(Breakdown b, Period p) => figures.FirstOrDefault(o => o.Key.Dataset == dataset && o.Key.Reporter == reporter && o.Key.Partner == partner && o.Key.Breakdown == b && o.Period == p)?.Value;
        decimal claimed = original.Claim.Quantity.Value;
        Qualifier hedge = original.Claim.Quantity.Qualifier;

        if (original.Claim.Quantity.Kind == QuantityKind.Count)
        {
            if (MovedYear(c, period.Year, y => period.TryAddYears(y - period.Year, out Period moved) && Find(breakdown, moved) is { } v && Wrong(claimed, v, hedge, Away)) is { } moved)
            {
                yield return new WrongVariant("period", moved.Case, e with { Occurrence = OccurrenceAt(moved.Case.Text, e.Number, at + moved.Shift) }, $"the year {period.Year} changed to {moved.Year}");
            }

            if (breakdown == Breakdown.Total && Find(Breakdown.Of(Purpose.Study), period) is { } study && Wrong(claimed, study, hedge, Away)
                && StudyPhrases.TryGetValue(c.Lang, out var phrase))
            {
                int insertAt = phrase.Before ? at : at + e.Number.Length;
                string text = c.Text.Insert(insertAt, phrase.Phrase);
                int numberAt = phrase.Before ? at + phrase.Phrase.Length : at;
                yield return new WrongVariant("study", c with { Text = text }, e with { Occurrence = OccurrenceAt(text, e.Number, numberAt) },
                    string.Create(CultureInfo.InvariantCulture, $"\"{phrase.Phrase.Trim()}\" added: the study figure for {period} is {study:N0}"));
            }
        }
        else if (original.Claim.Quantity.Kind == QuantityKind.Multiple && frame.ComparedWith is { } basePeriod
            && Find(breakdown, period) is { } now && now > 0)
        {
            if (MovedYear(c, basePeriod.Year, y => y != period.Year && basePeriod.TryAddYears(y - basePeriod.Year, out Period moved) && Find(breakdown, moved) is { } then && then > 0 && Wrong(claimed, now / then, hedge, RatioAway)) is { } moved)
            {
                yield return new WrongVariant("base", moved.Case, e with { Occurrence = OccurrenceAt(moved.Case.Text, e.Number, at + moved.Shift) }, $"the base year {basePeriod.Year} changed to {moved.Year}");
            }
        }
    }

    /// <summary>True when <paramref name="claimed"/> is at least <paramref name="away"/> off the figure on the side the hedge cannot cover.</summary>
    private static bool Wrong(decimal claimed, decimal figure, Qualifier hedge, decimal away) => figure > 0 && hedge switch
    {
        Qualifier.MoreThan or Qualifier.AtLeast => claimed >= figure * (1 + away),
        Qualifier.UpTo or Qualifier.LessThan => claimed <= figure * (1 - away),
        _ => Math.Abs(claimed - figure) >= figure * away,
    };

    // One digit of the printed number changed so that the claim is wrong: the first digit, to each other value in turn.
    private WrongVariant? Digit(CorpusCase c, CorpusExpectation e, int at, decimal figure)
    {
        int digitAt = -1;
        for (int k = at; k < at + e.Number.Length; k++)
        {
            if (char.IsAsciiDigit(c.Text[k]))
            {
                digitAt = k;
                break;
            }
        }

        if (digitAt < 0)
        {
            return null;
        }

        char original = c.Text[digitAt];
        foreach (char d in "9876543210")
        {
            if (d == original || (d == '0' && (digitAt + 1 >= c.Text.Length || char.IsAsciiDigit(c.Text[digitAt + 1]) || c.Text[digitAt + 1] is ',' or '.' or ' ')))
            {
                continue;
            }

            string text = string.Concat(c.Text.AsSpan(0, digitAt), d.ToString(), c.Text.AsSpan(digitAt + 1));
            string number = string.Concat(e.Number.AsSpan(0, digitAt - at), d.ToString(), e.Number.AsSpan(digitAt - at + 1));
            var changed = new CorpusExpectation(number, OccurrenceAt(text, number, at), e.Verdicts);
            CorpusCase variant = c with { Text = text };
            // The value as the numbers stage reads it, and the hedge it reads with it.
            if (_check(variant) is not { } claims || Match(claims, variant, changed) is not { } read)
            {
                continue;
            }

            if (Wrong(read.Claim.Quantity.Value, figure, read.Claim.Quantity.Qualifier, read.Claim.Quantity.Kind == QuantityKind.Multiple ? RatioAway : Away))
            {
                return new WrongVariant("digit", variant, changed, string.Create(CultureInfo.InvariantCulture, $"{e.Number} changed to {number} (the figure is {figure:N0})"));
            }
        }

        return null;
    }

    /// <summary>The case with a year printed in its text changed to the first of year-1, year+1, year-2 that <paramref name="fits"/>.</summary>
    private static (CorpusCase Case, int Year, int Shift)? MovedYear(CorpusCase c, int year, Func<int, bool> fits)
    {
        string printed = year.ToString(CultureInfo.InvariantCulture);
        int at = c.Text.IndexOf(printed, StringComparison.Ordinal);
        if (at < 0 || (at > 0 && char.IsAsciiDigit(c.Text[at - 1])) || (at + 4 < c.Text.Length && char.IsAsciiDigit(c.Text[at + 4])))
        {
            return null;
        }

        foreach (int y in new[] { year - 1, year + 1, year - 2 })
        {
            if (fits(y))
            {
                return (c with { Text = c.Text.Replace(printed, y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) }, y, 0);
            }
        }

        return null;
    }

    /// <summary>Which occurrence of <paramref name="number"/> in <paramref name="text"/> starts at <paramref name="at"/> (1-based).</summary>
    private static int OccurrenceAt(string text, string number, int at)
    {
        int n = 0;
        for (int k = text.IndexOf(number, StringComparison.Ordinal); k >= 0 && k <= at; k = text.IndexOf(number, k + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return Math.Max(n, 1);
    }

    /// <summary>The claim whose span overlaps the expected number's (the most), or null.</summary>
    public static CheckedClaim? Match(IReadOnlyList<CheckedClaim> claims, CorpusCase c, CorpusExpectation e, ISet<CheckedClaim>? taken = null)
    {
        int at = e.IndexIn(c.Text);
        if (at < 0)
        {
            return null;
        }

        int from = c.TextStart + at, to = from + e.Number.Length;
        CheckedClaim? best = null;
        int bestOverlap = 0;
        foreach (CheckedClaim claim in claims)
        {
            int overlap = Math.Min(to, claim.Claim.End) - Math.Max(from, claim.Claim.Start);
            if (overlap > bestOverlap && (taken is null || !taken.Contains(claim)))
            {
                (best, bestOverlap) = (claim, overlap);
            }
        }

        return best;
    }
}
