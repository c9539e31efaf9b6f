using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// The candidate-frames stage: once every number of a sentence has its own frame, the sentence is read as a
/// whole. A multiple or change takes both ends of its comparison from the counts the sentence gives
/// ("с 735 поездок в прошлом году до 7,7 тысячи в 2024-м"; "812 in the first quarter ... more than doubled ...
/// to 1,696 in the second"); a year that had not ended by the publication date is read as the part of it
/// published by then, with the whole year kept as an alternative.
/// </summary>
internal static class SentenceFrames
{
    /// <summary>Rewrites the frames of the claims from <paramref name="first"/> on (one sentence's).</summary>
    public static void Reconcile(List<Claim> claims, int first, DateOnly? published)
    {
        if (claims.Count - first == 0)
        {
            return;
        }

        ComparisonsFromCounts(claims, first);
        if (published is { } pub)
        {
            YearsNotEnded(claims, first, pub);
        }
    }

    private static void ComparisonsFromCounts(List<Claim> claims, int first)
    {
        for (int m = first; m < claims.Count; m++)
        {
            Claim change = claims[m];
            if (change.Quantity.Kind is not (QuantityKind.Multiple or QuantityKind.PercentChange) || change.Frame.Uncovered is not null)
            {
                continue;
            }

            Period? earliest = null, latest = null;
            Breakdown? breakdown = null;
            bool oneBreakdown = true;
            for (int k = first; k < claims.Count; k++)
            {
                Claim count = claims[k];
                if (count.Quantity.Kind != QuantityKind.Count || count.Frame.Period is not { } p || count.Frame.Uncovered is not null || count.Frame.Dataset != change.Frame.Dataset)
                {
                    continue;
                }

                if (earliest is { } e0 && e0.Kind != p.Kind)
                {
                    earliest = null;
                    break;
                }

                earliest = earliest is { } e && e.CompareTo(p) <= 0 ? e : p;
                latest = latest is { } l && l.CompareTo(p) >= 0 ? l : p;
                oneBreakdown &= breakdown is null || breakdown == count.Frame.Breakdown;
                breakdown = count.Frame.Breakdown;
            }

            if (earliest is { } from && latest is { } to && from != to)
            {
                claims[m] = change with
                {
                    Frame = change.Frame with
                    {
                        Period = to,
                        ComparedWith = from,
                        PeriodSource = "stated (both ends given by the sentence's own figures)",
                        Breakdown = oneBreakdown && breakdown is { } b ? b : change.Frame.Breakdown,
                    },
                    Alternatives = [change.Frame, .. change.Alternatives],
                };
            }
        }
    }

    // An article of November 2024 that speaks of "2024" can only mean the part of 2024 published by then.
    private static void YearsNotEnded(List<Claim> claims, int first, DateOnly pub)
    {
        int months = (pub.Month - 1) / 3 * 3;
        if (months < 3)
        {
            return;
        }

        bool any = false;
        for (int k = first; k < claims.Count; k++)
        {
            ClaimFrame f = claims[k].Frame;
            if (f.Period is { Kind: PeriodKind.Year } p && p.Year == pub.Year)
            {
                Period part = Period.YearToMonth(p.Year, months);
                Period? comparedPart = f.ComparedWith is { Kind: PeriodKind.Year } c ? Period.YearToMonth(c.Year, months) : f.ComparedWith;
                claims[k] = claims[k] with
                {
                    Frame = f with { Period = part, ComparedWith = comparedPart, PeriodSource = f.PeriodSource + "; the year had not ended by publication, so the months published by then" },
                    Alternatives = [f, .. claims[k].Alternatives],
                };
                any = true;
            }
        }

        if (!any)
        {
            return;
        }

        // The other years of the sentence are the base of the same comparison: the same months are an alternative.
        for (int k = first; k < claims.Count; k++)
        {
            ClaimFrame f = claims[k].Frame;
            if (f.Period is { Kind: PeriodKind.Year } p && p.Year < pub.Year)
            {
                claims[k] = claims[k] with
                {
                    Alternatives = [.. claims[k].Alternatives, f with { Period = Period.YearToMonth(p.Year, months), PeriodSource = "the same months as the year it is compared with", Clear = true }],
                };
            }
        }
    }
}
