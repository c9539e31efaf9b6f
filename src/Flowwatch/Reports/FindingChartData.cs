using Flowwatch.Analysis.Detection;
using Flowwatch.Model;

namespace Flowwatch.Reports;

/// <summary>
/// What the chart of a finding shows, decided once for the report's picture and the web's finding page: which series,
/// which span shaded, which deadlines drawn, which two figures compared. Each follows the finding's own say
/// (<see cref="Finding.Mark"/>), never its detector's name.
/// </summary>
/// <param name="Finding">The finding charted.</param>
/// <param name="Series">The series drawn (<see cref="SeriesFor"/>); empty when there is nothing to draw.</param>
/// <param name="Span">The span shaded.</param>
/// <param name="Deadlines">The rules whose deadline is drawn as a line (for <see cref="FindingMark.Deadlines"/>, those of the finding's rules that have one).</param>
/// <param name="Comparison">The published total against its parts' sum, for <see cref="FindingMark.PublishedAgainstSum"/> where the finding states both; otherwise null.</param>
public sealed record FindingChartData(Finding Finding, IReadOnlyList<ChartSeries> Series, ChartSpan Span, IReadOnlyList<Rule> Deadlines, ChartComparison? Comparison)
{
    /// <summary>At most this many series are drawn around a finding: its own, its table's totals first, then the largest.</summary>
    public const int MaxSeries = 9;

    /// <summary>The chart of <paramref name="finding"/> over every figure scanned.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="all">Every figure scanned: the series around the finding, and the latest period its reporter published (the end of a missing span).</param>
    public static FindingChartData For(Finding finding, IReadOnlyList<Observation> all)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(all);
        IReadOnlyList<ChartSeries> series = SeriesFor(finding, all);
        IReadOnlyList<Rule> deadlines = finding.Mark == FindingMark.Deadlines ? finding.Rules.Where(r => r.Deadline is not null).ToList() : [];
        ChartComparison? comparison = finding.Mark == FindingMark.PublishedAgainstSum && finding.Observed is { } sum && finding.Baseline is { } published
            ? new ChartComparison(finding.Period, published, sum, series.SelectMany(s => s.Points).Where(o => o.Key != finding.Key || o.Period != finding.Period).ToList())
            : null;
        return new FindingChartData(finding, series, SpanOf(finding, all), deadlines, comparison);
    }

    /// <summary>
    /// The series to draw: the finding's own, its table's other categories and the series of its evidence, at the finding's
    /// period kind; for a finding drawn as <see cref="FindingMark.PublishedAgainstSum"/>, its evidence alone (the chart compares two numbers).
    /// </summary>
    public static IReadOnlyList<ChartSeries> SeriesFor(Finding finding, IReadOnlyList<Observation> all)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(all);
        if (finding.Mark == FindingMark.PublishedAgainstSum)
        {
            return finding.Evidence.GroupBy(o => o.Key).Select(g => new ChartSeries(g.Key, g.ToList(), g.Key == finding.Key)).ToList();
        }

        PeriodKind kind = finding.Period.Kind;
        var evidenceKeys = finding.Evidence.Select(e => e.Key).ToHashSet();
        return all
            .Where(o => o.Period.Kind == kind && o.Key.Reporter == finding.Key.Reporter && o.Key.Partner == finding.Key.Partner
                && (o.Key.Dataset == finding.Key.Dataset || evidenceKeys.Contains(o.Key)))
            .GroupBy(o => o.Key)
            .Select(g => new ChartSeries(g.Key, g.OrderBy(o => o.Period).ToList(), g.Key == finding.Key))
            .OrderByDescending(s => s.IsSubject)
            .ThenByDescending(s => s.Key.Breakdown == Breakdown.Total)
            .ThenByDescending(s => s.Points.Max(p => p.Value))
            .Take(MaxSeries)
            .ToList();
    }

    // A missing span runs to the latest period of the finding's kind its reporter published in any table: how far
    // the other tables reach shows how much of this one is missing.
    private static ChartSpan SpanOf(Finding finding, IReadOnlyList<Observation> all)
    {
        if (finding.Mark != FindingMark.MissingSpan)
        {
            return new ChartSpan(finding.Period, finding.Period, Missing: false);
        }

        Period last = finding.Period;
        foreach (Observation o in all)
        {
            if (o.Key.Reporter == finding.Key.Reporter && o.Period.Kind == finding.Period.Kind && o.Period > last)
            {
                last = o.Period;
            }
        }

        return new ChartSpan(finding.Period, last, Missing: true);
    }
}
