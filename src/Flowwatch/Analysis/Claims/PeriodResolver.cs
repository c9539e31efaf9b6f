using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// The periods stage: turns the period phrases of a sentence into periods. A phrase with no year takes the year of
/// the sentence, of the context, or the latest such period ended by the publication date ("July to September" in an
/// article of November 2024 is 2024-Q3); relative phrases resolve against the publication date ("last year") or the
/// sentence's own period ("a year earlier", "the previous quarter", "the same period last year"). The arithmetic is
/// <see cref="Period"/>'s own.
/// </summary>
internal sealed class PeriodResolver
{
    private readonly List<PeriodCue> _cues;
    private readonly List<Candidate> _candidates;
    private readonly DateOnly? _published;
    private readonly DocumentContext _context;

    public PeriodResolver(List<PeriodCue> cues, List<Candidate> candidates, DateOnly? published, DocumentContext context)
    {
        _cues = cues;
        _candidates = candidates;
        _published = published;
        _context = context;
    }

    /// <summary>The periods the sentence names for itself (not what it compares with, not the start of a span).</summary>
    public IEnumerable<Period> StatedPeriods()
    {
        foreach (PeriodCue cue in _cues)
        {
            if (!cue.Compare && !cue.Season && !cue.Since && Resolve(cue, null) is { } period)
            {
                yield return period;
            }
        }
    }

    /// <summary>
    /// The period of candidate c: among the phrases attached to it the finest; else, for a count, the base of a
    /// comparison attached to it; else the period of an earlier number of the sentence, the sentence's nearest phrase,
    /// the paragraph's or the article's. Also whether a season is named (a time the figures do not use) and the cue used.
    /// </summary>
    public (Period? Period, string Source, bool Season, int Cue) FindPeriod(int c, int from, int to, int number, Claim? previous, string inheritedSource = "stated earlier in the sentence")
    {
        int own = -1, ownCompare = -1, inSentence = -1;
        bool season = false;
        int compareDistance = int.MaxValue, sentenceDistance = int.MaxValue;
        for (int ci = 0; ci < _cues.Count; ci++)
        {
            PeriodCue cue = _cues[ci];
            if (cue.Season)
            {
                season |= cue.Token >= from && cue.Token <= to;
                continue;
            }

            if (cue.Since)
            {
                continue;
            }

            int d = Math.Abs(cue.Token - number);
            if (cue.Compare || IsBaseOf(cue, c))
            {
                if (cue.Owner == c && d < compareDistance)
                {
                    ownCompare = ci;
                    compareDistance = d;
                }

                continue;
            }

            if (cue.Owner == c && (own < 0 || cue.Score < _cues[own].Score || (cue.Score == _cues[own].Score && d < Math.Abs(_cues[own].Token - number))))
            {
                own = ci;
            }

            if (d < sentenceDistance)
            {
                inSentence = ci;
                sentenceDistance = d;
            }
        }

        if (own >= 0 && Resolve(_cues[own], previous?.Frame.Period) is { } rp)
        {
            // Phrases attached to the number that nest refine each other ("this year ... in the first half": the finest);
            // phrases that do not nest compete, and the one attached more surely wins (the other is another clause's).
            for (int ci = 0; ci < _cues.Count; ci++)
            {
                PeriodCue other = _cues[ci];
                if (ci != own && other.Owner == c && !other.Compare && !other.Season && !other.Since
                    && Resolve(other, previous?.Frame.Period) is { } op && op.MonthCount < rp.MonthCount && rp.Contains(op))
                {
                    (own, rp) = (ci, op);
                }
            }

            PeriodCue r = _cues[own];
            if (r.Kind == PeriodKind.Year && rp.Kind == PeriodKind.Year && SeasonBy(r))
            {
                // "2024년 초", "early 2024", "Anfang 2024": a vague part of the year, not a period the figures use.
                return (null, "", true, -1);
            }

            return (rp, r.Year > 0 || (r.Kind == PeriodKind.Year && r.RelativeToPublication is null && r.RelativeToContext is null) ? "stated" : "stated; year resolved from context", season, own);
        }

        if (season)
        {
            return (null, "", true, -1);
        }

        // A count whose only period is what something is compared with is the base of the comparison ("from 1,100 in 2023").
        if (ownCompare >= 0 && _candidates[c].Kind == QuantityKind.Count && Resolve(_cues[ownCompare], MainPeriod(_cues[ownCompare].Token)) is { } basePeriod)
        {
            return (basePeriod, "stated (the base of a comparison)", false, ownCompare);
        }

        if (previous?.Frame.Period is { } inherited && !(inSentence >= 0 && _cues[inSentence].Kind == PeriodKind.Year && SeasonBy(_cues[inSentence])))
        {
            return (inherited, inheritedSource, false, -1);
        }

        if (inSentence >= 0 && Resolve(_cues[inSentence], null) is { } sp)
        {
            if (_cues[inSentence].Kind == PeriodKind.Year && sp.Kind == PeriodKind.Year && SeasonBy(_cues[inSentence]))
            {
                return (null, "", true, -1);
            }

            return (sp, "stated", false, inSentence);
        }

        if (_context.ParagraphPeriod is { } para)
        {
            return (para, "carried from the paragraph", false, -1);
        }

        if (_context.DocumentPeriod is { } doc)
        {
            return (doc, "carried from earlier in the article", false, -1);
        }

        return (null, "", false, -1);
    }

    // A season or vague part-of-year word right next to a year phrase qualifies it.
    private bool SeasonBy(PeriodCue year)
    {
        int from = year.From > 0 && year.From <= year.Token ? year.From : year.Token;
        foreach (PeriodCue cue in _cues)
        {
            if (cue.Season && cue.Token >= from - 2 && cue.Token <= year.Token + 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What candidate c (whose period is <paramref name="period"/>) is compared with, and the cue that says so.</summary>
    public (Period? Period, int Cue) FindCompare(int c, int from, int to, Period period)
    {
        for (int ci = 0; ci < _cues.Count; ci++)
        {
            PeriodCue cue = _cues[ci];
            // A comparison phrase attached to another number is that number's period ("against 370 in the same period last year").
            bool mine = cue.Owner == c || (cue.Token >= from && cue.Token <= to && (cue.Owner < 0 || _candidates[cue.Owner].Kind != QuantityKind.Count || _candidates[c].Kind != QuantityKind.Count));
            if (!(cue.Compare || (cue.Owner == c && IsBaseOf(cue, c))) || cue.Season || cue.Since || !mine)
            {
                continue;
            }

            if (cue.RelativeToContext is int rel)
            {
                return (Years(period, rel), ci);
            }

            if (cue.RelativeQuarters is int rq)
            {
                return (Quarters(period, rq), ci);
            }

            if (cue.Kind == PeriodKind.Year && cue.Year > 0 && period.Kind != PeriodKind.Year)
            {
                return (Years(period, cue.Year - period.Year), ci);
            }

            if (Resolve(cue, period) is { } p)
            {
                return (p, ci);
            }
        }

        return (null, -1);
    }

    /// <summary>
    /// True when a phrase relative to the sentence's own period ("des Vorjahres", "a year earlier", "전년") stands by a
    /// multiple or change while the sentence states its own period: it is what the change is measured against.
    /// </summary>
    private bool IsBaseOf(PeriodCue cue, int c) =>
        _candidates[c].Kind is QuantityKind.Multiple or QuantityKind.PercentChange
        && (cue.RelativeToContext is not null || cue.RelativeQuarters is not null) && !cue.Since && !cue.Season
        && HasOwnPeriod(cue.Token);

    private bool HasOwnPeriod(int exceptToken)
    {
        foreach (PeriodCue cue in _cues)
        {
            if (cue.Token != exceptToken && !cue.Compare && !cue.Season && !cue.Since && cue.RelativeToContext is null && cue.RelativeQuarters is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence's own period other than the given cue: what a relative period ("a year earlier") is relative to.</summary>
    public Period? MainPeriod(int exceptToken)
    {
        Period? best = null;
        foreach (PeriodCue cue in _cues)
        {
            if (cue.Token != exceptToken && !cue.Compare && !cue.Season && !cue.Since && !cue.SamePeriod && cue.RelativeQuarters is null && cue.RelativeToContext is null
                && Resolve(cue, null) is { } p && (best is null || p.MonthCount < best.Value.MonthCount))
            {
                best = p;
            }
        }

        return best ?? _context.ParagraphPeriod ?? _context.DocumentPeriod;
    }

    /// <summary>A cue's period; a year-less one takes its year from the sentence, the context, or the publication date.</summary>
    public Period? Resolve(PeriodCue cue, Period? context)
    {
        if (cue.Season)
        {
            return null;
        }

        if (cue.RelativeQuarters is int rq)
        {
            // "직전 분기", "the previous quarter": before the quarter the sentence speaks of, else before the current one.
            Period? basis = null;
            foreach (PeriodCue other in _cues)
            {
                if (other.Token != cue.Token && other.Kind == PeriodKind.Quarter && other.RelativeQuarters is null && !other.Since && Resolve(other, context) is { } q)
                {
                    basis = q;
                    break;
                }
            }

            basis ??= context is { Kind: PeriodKind.Quarter } ? context : _context.ParagraphPeriod is { Kind: PeriodKind.Quarter } pq ? pq : null;
            if (basis is null && _published is { } now)
            {
                // Nothing in the text: the quarter reported is the latest one ended by publication; "the previous" is before it.
                basis = Quarters(Period.OfQuarter(now.Year, ((now.Month - 1) / 3) + 1), -1);
            }

            return basis is { } b ? Quarters(b, rq) : null;
        }

        if (cue.SamePeriod && cue.RelativeToContext is int same)
        {
            // "the same period last year": the sentence's own period (or the context's), a year earlier.
            Period? own = MainPeriod(cue.Token) ?? context;
            return own is { } o ? Years(o, same) : null;
        }

        int year = cue.Year;
        if (cue.RelativeToPublication is int relPub)
        {
            if (_published is not { } pub)
            {
                return null;
            }

            year = pub.Year + relPub;
        }
        else if (cue.RelativeToContext is int relCtx)
        {
            int? baseYear = OtherYear(cue) ?? context?.Year ?? _context.ParagraphPeriod?.Year ?? _context.DocumentPeriod?.Year;
            if (baseYear is null)
            {
                return _published is { } pub ? Period.OfYear(pub.Year - 1) : null;
            }

            year = baseYear.Value + relCtx;
        }
        else if (year == 0)
        {
            year = OtherYear(cue) ?? context?.Year ?? _context.ParagraphPeriod?.Year ?? _context.DocumentPeriod?.Year ?? LatestEnded(cue);
        }

        if (year is < Period.MinYear or > Period.MaxYear)
        {
            return null;
        }

        return cue.Kind switch
        {
            PeriodKind.Year => Period.OfYear(year),
            PeriodKind.Half => Period.OfHalf(year, cue.Index),
            PeriodKind.Quarter => Period.OfQuarter(year, cue.Index),
            PeriodKind.Month => Period.OfMonth(year, cue.Index),
            _ => Period.YearToMonth(year, cue.Index),
        };
    }

    /// <summary>The same period some years away; null outside the years Flowwatch accepts.</summary>
    public static Period? Years(Period period, int years) => period.TryAddYears(years, out Period moved) ? moved : null;

    /// <summary>The quarter some quarters away; null for a period that is not a quarter.</summary>
    public static Period? Quarters(Period period, int quarters) =>
        period.Kind == PeriodKind.Quarter && period.TryAddSteps(quarters, out Period moved) ? moved : null;

    // The year of the sentence's nearest other phrase that names one ("올해 1분기": this year's first quarter, not last year's).
    private int? OtherYear(PeriodCue self)
    {
        int? year = null;
        int distance = int.MaxValue;
        foreach (PeriodCue cue in _cues)
        {
            if (cue.Compare || cue.Since || cue.Season || cue.Token == self.Token || Math.Abs(cue.Token - self.Token) >= distance)
            {
                continue;
            }

            int? named = cue.Year > 0 ? cue.Year : cue.RelativeToPublication is int rel && _published is { } pub ? pub.Year + rel : null;
            if (named is not null)
            {
                (year, distance) = (named, Math.Abs(cue.Token - self.Token));
            }
        }

        return year;
    }

    // "during the July-September period" in an article of November 2024: the latest such period that had ended.
    private int LatestEnded(PeriodCue cue)
    {
        if (_published is not { } pub)
        {
            return 0;
        }

        int lastMonth = cue.Kind switch
        {
            PeriodKind.Half => cue.Index * 6,
            PeriodKind.Quarter => cue.Index * 3,
            PeriodKind.Month => cue.Index,
            PeriodKind.YearToDate => cue.Index,
            _ => 12,
        };
        return pub.Month > lastMonth ? pub.Year : pub.Year - 1;
    }
}
