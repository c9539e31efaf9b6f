using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// Finds published figures that disagree: a year or half against its quarters, parts that exceed their
/// total (within a table or across two breakdowns of the same whole), and one figure stated twice with
/// two values. Sums that involve approximate figures are reported as such, at low severity, not as
/// contradictions (docs/detectors.md#inconsistency).
/// </summary>
public static class InconsistencyDetector
{
    /// <summary>Finds inconsistencies in <paramref name="observations"/>.</summary>
    public static IReadOnlyList<Finding> Detect(IReadOnlyList<Observation> observations, DetectionContext context, InconsistencyOptions? options = null)
    {
        var found = new List<Finding>();
        Detect(SeriesIndex.Build(observations), new FindingContext(context, DatasetConventions.Default), options ?? InconsistencyOptions.Default, found);
        return found;
    }

    internal static void Detect(SeriesIndex index, FindingContext context, InconsistencyOptions o, List<Finding> found)
    {
        foreach (SeriesData series in index.Series)
        {
            Aggregates(series, context, o, found);
        }

        Parts(index, context, o, found);
        foreach (var (first, other) in index.Conflicts)
        {
            double gap = Math.Abs((double)((other.Value - first.Value) / Math.Max(first.Value, 1)));
            string text = $"{first.Period}: {Wording.Counts(first.Key, context.Conventions)} is given as {Wording.Figure(first)} ({Source(first)}) and as {Wording.Figure(other)} ({Source(other)}).";
            found.Add(Make(context, o, first.Key, first.Period, other.Value, first.Value, gap, text, [first, other], "sources"));
        }
    }

    private static void Aggregates(SeriesData series, FindingContext context, InconsistencyOptions o, List<Finding> found)
    {
        if (series.Of(PeriodKind.Quarter) is not { } quarters)
        {
            return;
        }

        foreach (PeriodKind kind in new[] { PeriodKind.Year, PeriodKind.Half })
        {
            if (series.Of(kind) is not { } wholes)
            {
                continue;
            }

            foreach (Observation? slot in wholes.Slots)
            {
                // A whole Flowwatch derived (by differencing year-to-date tables) was never published: set
                // against the quarters it was not derived from, it would report a gap no publisher made.
                if (slot is not { } whole || whole.Flag == ObservationFlag.Derived)
                {
                    continue;
                }

                var parts = new List<Observation>(4);
                foreach (Period q in whole.Period.Split(PeriodKind.Quarter))
                {
                    if (quarters.At(q) is { } part)
                    {
                        parts.Add(part);
                    }
                }

                int expected = kind == PeriodKind.Year ? 4 : 2;
                decimal sum = parts.Sum(p => p.Value);
                if (parts.Count != expected || sum == whole.Value)
                {
                    continue;
                }

                string list = string.Join(" + ", parts.Select(Wording.Figure));
                string text = $"{Capital(Wording.Counts(series.Key, context.Conventions))}: {whole.Period} is published as {Wording.Figure(whole)}, "
                    + $"but its {(kind == PeriodKind.Year ? "four quarters" : "two quarters")} ({list}) add up to {Wording.Number(sum)}"
                    + Approximation(whole, parts, sum) + ".";
                double gap = Math.Abs((double)((sum - whole.Value) / whole.Value));
                found.Add(Make(context, o, series.Key, whole.Period, sum, whole.Value, gap, text, [whole, .. parts], "quarters"));
            }
        }
    }

    private static void Parts(SeriesIndex index, FindingContext context, InconsistencyOptions o, List<Finding> found)
    {
        // Non-total series grouped by table; tables grouped by the whole they break down.
        var tables = index.Series
            .Where(s => s.Key.Breakdown != Breakdown.Total)
            .GroupBy(s => s.Key.WithBreakdown(Breakdown.Total))
            .ToDictionary(g => g.Key, g => g.ToArray());
        var byWhole = tables.Keys
            .GroupBy(k => (context.Conventions.Whole(k.Dataset), k.Reporter, k.Partner))
            .ToDictionary(g => g.Key, g => g.ToArray());
        foreach (SeriesData totals in index.Series)
        {
            SeriesKey totalKey = totals.Key;
            if (totalKey.Breakdown != Breakdown.Total
                || !byWhole.TryGetValue((context.Conventions.Whole(totalKey.Dataset), totalKey.Reporter, totalKey.Partner), out SeriesKey[]? siblings))
            {
                continue;
            }

            foreach (SeriesKey partsTable in siblings)
            {
                SeriesData[] parts = tables[partsTable];
                bool same = partsTable.Dataset == totalKey.Dataset;
                foreach (PeriodSlots slots in totals.Kinds)
                {
                    PeriodSlots?[] partSlots = parts.Select(s => s.Of(slots.Kind)).ToArray();
                    for (int i = 0; i < slots.Length; i++)
                    {
                        double tv = slots.Values[i];
                        if (double.IsNaN(tv))
                        {
                            continue;
                        }

                        // Cheap screen in doubles: parts short of the total may simply be incomplete; only parts that exceed it contradict it.
                        Period period = slots.PeriodAt(i);
                        double approx = 0;
                        foreach (PeriodSlots? ps in partSlots)
                        {
                            double v = ps is null ? double.NaN : ps.ValueAt(ps.IndexOf(period));
                            approx += double.IsNaN(v) ? 0 : v;
                        }

                        if (approx <= tv)
                        {
                            continue;
                        }

                        Observation total = slots.Slots[i]!;
                        var present = new List<Observation>();
                        decimal sum = 0;
                        foreach (SeriesData part in parts)
                        {
                            if (part.At(total.Period) is { } v)
                            {
                                present.Add(v);
                                sum += v.Value;
                            }
                        }

                        if (present.Count < 2 || sum <= total.Value)
                        {
                            continue;
                        }

                        string by = same ? "its categories" : $"the {present.Count} categories of {partsTable.Dataset}";
                        string list = string.Join(" + ", present.Select(p => $"{Wording.Figure(p)} {p.Key.Breakdown.Code}"));
                        string text = $"{Capital(Wording.Counts(totalKey, context.Conventions))} in {total.Period} total {Wording.Figure(total)} in {totalKey.Dataset}, "
                            + $"but {by} ({list}) add up to {Wording.Number(sum)}" + Approximation(total, present, sum) + ".";
                        double gap = (double)((sum - total.Value) / total.Value);
                        found.Add(Make(context, o, totalKey, total.Period, sum, total.Value, gap, text, [total, .. present], "parts:" + partsTable.Dataset));
                    }
                }
            }
        }
    }

    private static string Approximation(Observation whole, List<Observation> parts, decimal sum)
    {
        if (!IsInexact(whole) && !parts.Any(IsInexact))
        {
            return "";
        }

        var inexact = parts.Where(IsInexact).ToList();
        if (inexact.Count == 1 && !IsInexact(whole))
        {
            Observation a = inexact[0];
            decimal implied = whole.Value - (sum - a.Value);
            return $"; {a.Period} is only {Wording.Figure(a)}, and the exact figures imply {Wording.Number(implied)} for it, so this is an approximation, not a contradiction";
        }

        return "; the figures involved are approximate, so this is an approximation, not a contradiction";
    }

    private static bool IsInexact(Observation o) => o.Flag is ObservationFlag.Approximate or ObservationFlag.LowerBound;

    private static Finding Make(FindingContext context, InconsistencyOptions o, SeriesKey key, Period period, decimal observed, decimal baseline, double gap, string text, IReadOnlyList<Observation> evidence, string aspect)
    {
        bool approximate = evidence.Any(IsInexact);
        Severity severity = approximate ? Severity.Low : gap >= o.Gap.High ? Severity.High : gap >= o.Gap.Medium ? Severity.Medium : Severity.Low;
        return context.Make(DetectorNames.Inconsistency, key, period, observed, baseline, gap, severity, text, evidence, [], aspect);
    }

    private static string Source(Observation o) =>
        o.Provenance.Citations.Count > 0 ? (o.Provenance.Citations[0].Outlet.Length > 0 ? o.Provenance.Citations[0].Outlet : o.Provenance.Citations[0].Url) : o.Provenance.Document?.FileName ?? "";

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
