using System.Globalization;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>
/// The explanations of the built-in detectors' findings, in plain English: every sentence a finding says is built
/// here from its facts, so that a translation is a second wording of the same facts.
/// </summary>
public static class FindingWording
{
    // A year-earlier figure below a tenth of the median of the years before is a collapsed base.
    private const double CollapsedBase = 10;

    /// <summary>The explanation of a finding: one sentence (two where a breach has a pre-ban figure or a table was redrawn) with its numbers.</summary>
    /// <param name="facts">What the finding states.</param>
    /// <param name="conventions">What dataset ids mean (the unit a dataset is published in is said with its figures).</param>
    /// <exception cref="ArgumentException">The facts are of a detector that words its own findings.</exception>
    public static string Explain(FindingFacts facts, DatasetConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(conventions);
        string text = facts switch
        {
            SurgeFacts f => Surge(f, conventions),
            PretextShiftFacts f => PretextShift(f, conventions),
            DeadlineBreachFacts f => DeadlineBreach(f, conventions),
            StoppedSeriesFacts f => StoppedSeries(f, conventions),
            DroppedCategoryFacts f => DroppedCategory(f, conventions),
            QuarterSumFacts f => QuarterSum(f, conventions),
            PartsSumFacts f => PartsSum(f, conventions),
            TwiceStatedFacts f => TwiceStated(f, conventions),
            _ => throw new ArgumentException($"There is no wording of {facts.GetType().Name}; a detector with facts of its own words its findings itself.", nameof(facts)),
        };
        if (facts.AlsoShows.Count > 0)
        {
            text += $" The same episode shows in {string.Join("; ", facts.AlsoShows)}.";
        }

        return facts.GradeNote is { } note ? text + " " + note : text;
    }

    private static string Surge(SurgeFacts f, DatasetConventions conventions)
    {
        Observation current = f.Current;
        Observation? prev = f.YearEarlier;
        IReadOnlyList<Observation> hist = f.History;
        string what = Words.Counts(current.Key, conventions);
        string head = $"In {current.Period}, {what} numbered {Words.Figure(current)}";
        // A year-earlier figure far below the series' own median (a border closed for a pandemic) makes any ratio
        // against it huge and meaningless: say that the base collapsed instead of quoting "5,291 times".
        bool collapsed = prev is not null && hist.Count >= 2 && (double)prev.Value < f.Median / CollapsedBase;
        string vsPrev = prev is null ? ""
            : collapsed ? $", up from a collapsed {Words.Figure(prev)} in {prev.Period}"
            : ", " + Words.Against((double)current.Value, prev);
        string vsMedian = hist.Count >= 2 || prev is null
            ? $"{(prev is not null ? " and" : ",")} against a median of {Words.Number(f.Median)} for {Words.Span(hist[^1].Period, hist[0].Period)} ({hist.Count} figure{(hist.Count == 1 ? "" : "s")})"
            : "";
        string text = $"{head}{vsPrev}{vsMedian} (surge score {Words.Score(f.Score)}).";
        if (f.ClosedLeftOut > 0)
        {
            text += $" {f.ClosedLeftOut} earlier figure{(f.ClosedLeftOut == 1 ? " lies" : "s lie")} wholly inside a border closure and {(f.ClosedLeftOut == 1 ? "is" : "are")} no baseline.";
        }

        if (f.PreBreak is { } before)
        {
            string where = (double)current.Value < (double)before.Value ? "still below" : "above";
            string why = f.Deadline is { } rule
                ? $"before the {rule.Deadline!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} deadline of {rule.Reference}, a level that is no norm since"
                : f.Break is { } b ? $"before the break: {b.Summary}" : "before the break";
            text += $" The level is {where} the {Words.Figure(before)} of {before.Period}, {why}";
            text += why.EndsWith('.') ? "" : ".";
        }

        if (f.HeldLow is { } held)
        {
            text += $" Low, whatever its size: {held}.";
        }

        return text;
    }

    private static string PretextShift(PretextShiftFacts f, DatasetConventions conventions)
    {
        Observation current = f.Current, total = f.Total;
        int n = f.HistoryCount;
        string purpose = current.Key.Breakdown.Code;
        string what = Words.Counts(total.Key, conventions);
        Period first = f.History[^1].Period, last = f.History[0].Period;
        string text = $"In {current.Period}, {purpose} accounted for {Words.Figure(current)} of the {Words.Figure(total)} {what} ({Words.Percent(f.Share)}), "
            + $"against a median share of {Words.Percent(f.HistoricalShare)} in {n} earlier period{(n == 1 ? "" : "s")} ({Words.Span(first, last)})";
        if (f.Capacity is { } capacity && f.OverCapacity is { } over && over >= 1)
        {
            string approx = capacity.Flag == ObservationFlag.Approximate ? "about " : "";
            text += $"; that is {Words.Times(over)} the {approx}{Words.Number(capacity.Value)} {capacity.Measure} in {capacity.Period} ({capacity.Citation.Outlet}, {capacity.Citation.Date})";
        }

        if (f.PretextRules.Count > 0)
        {
            text += $"; {purpose} is a named pretext under {string.Join(", ", f.PretextRules.Select(r => r.Reference))}";
        }

        return text + $" (shift score {Words.Score(f.Score)}).";
    }

    private static string DeadlineBreach(DeadlineBreachFacts f, DatasetConventions conventions)
    {
        Observation current = f.Current;
        Rule rule = f.Rule;
        string what = Words.Counts(current.Key, conventions);
        string verb = conventions.DatasetPurpose(current.Key.Dataset) is not null
            ? $"In {current.Period}, there were still {Words.Figure(current)} {what}"
            : $"In {current.Period}, {what} numbered {Words.Figure(current)}";
        string deadline = rule.Deadline!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string text = $"{verb}, after the {deadline} deadline of {rule.Reference} for ending {string.Join(" and ", rule.Prohibited.Select(p => p.ToCode()))} by nationals of {string.Join(", ", rule.Targets.Select(Words.Name))}.";
        return f.PreBan is { } before
            ? text + $" Before the ban: {Words.Figure(before)} {Words.Counts(before.Key, conventions)} in {before.Period}."
            : text;
    }

    private static string StoppedSeries(StoppedSeriesFacts f, DatasetConventions conventions)
    {
        Observation lastObs = f.LastPublished;
        Period last = lastObs.Period;
        string text = $"{Words.Capital(Words.Counts(lastObs.Key, conventions))} were published for {f.Run} consecutive "
            + $"{(last.Kind == PeriodKind.Quarter ? "quarters" : "months")} up to {last} ({Words.Figure(lastObs)} in {last}) and not since: "
            + $"{Words.Span(f.FirstMissing, f.Frontier)} {(f.Missing == 1 ? "is" : "are")} missing although the same publisher's tables reach {f.Frontier}.";
        if (f.Redrawn is { } change)
        {
            text += $" In {f.FirstMissing}, {change.Entered} other {(change.Entered == 1 ? "country" : "countries")} entered this table and {change.Left - 1} other{(change.Left == 2 ? "" : "s")} left it: its list of countries was redrawn, which explains a missing row as well as withholding would.";
        }

        return text;
    }

    private static string DroppedCategory(DroppedCategoryFacts f, DatasetConventions conventions)
    {
        Period p = f.Total.Period, q = f.Before.Period;
        string names = string.Join(" and ", f.Dropped.Select(d => $"{d.Key.Breakdown.Code} ({Words.Figure(d)} in {q})"));
        return $"The {p} table of {Words.Counts(f.Total.Key, conventions)} no longer lists {names}: "
            + $"its remaining {f.Remaining.Count} categories add up to {Words.Number(f.Remaining.Sum(n => n.Value))} of the total of {Words.Figure(f.Total)}.";
    }

    private static string QuarterSum(QuarterSumFacts f, DatasetConventions conventions)
    {
        Observation whole = f.Whole;
        string list = string.Join(" + ", f.Quarters.Select(Words.Figure));
        return $"{Words.Capital(Words.Counts(whole.Key, conventions))}: {whole.Period} is published as {Words.Figure(whole)}, "
            + $"but its {(whole.Period.Kind == PeriodKind.Year ? "four quarters" : "two quarters")} ({list}) add up to {Words.Number(f.Sum)}"
            + Approximation(whole, f.Quarters, f.Sum) + ".";
    }

    private static string PartsSum(PartsSumFacts f, DatasetConventions conventions)
    {
        Observation total = f.Total;
        string by = f.PartsDataset == total.Key.Dataset ? "its categories" : $"the {f.Parts.Count} categories of {Words.Table(f.PartsDataset, conventions)}";
        string list = string.Join(" + ", f.Parts.Select(p => $"{Words.Figure(p)} {p.Key.Breakdown.Code}"));
        return $"{Words.Capital(Words.Counts(total.Key, conventions))} in {total.Period} total {Words.Figure(total)} in {Words.Table(total.Key.Dataset, conventions)}, "
            + $"but {by} ({list}) add up to {Words.Number(f.Sum)}" + Approximation(total, f.Parts, f.Sum) + ".";
    }

    private static string TwiceStated(TwiceStatedFacts f, DatasetConventions conventions) =>
        $"{f.First.Period}: {Words.Counts(f.First.Key, conventions)} is given as {Words.Figure(f.First)} ({Source(f.First)}) and as {Words.Figure(f.Other)} ({Source(f.Other)}).";

    private static string Approximation(Observation whole, IReadOnlyList<Observation> parts, decimal sum)
    {
        if (!Words.IsInexact(whole) && !parts.Any(Words.IsInexact))
        {
            return "";
        }

        var inexact = parts.Where(Words.IsInexact).ToList();
        if (inexact.Count == 1 && !Words.IsInexact(whole))
        {
            Observation a = inexact[0];
            decimal implied = whole.Value - (sum - a.Value);
            return $"; {a.Period} is only {Words.Figure(a)}, and the exact figures imply {Words.Number(implied)} for it, so this is an approximation, not a contradiction";
        }

        return "; the figures involved are approximate, so this is an approximation, not a contradiction";
    }

    private static string Source(Observation o) =>
        o.Provenance.Citations.Count > 0 ? (o.Provenance.Citations[0].Outlet.Length > 0 ? o.Provenance.Citations[0].Outlet : o.Provenance.Citations[0].Url) : o.Provenance.Document?.FileName ?? "";
}
