using Flowwatch.Analysis.Detection.Wording;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// Finds a regularly published series that stops while its publisher goes on publishing, and a category
/// dropped from a table whose remaining parts still make up the total (docs/detectors.md#suppression).
/// </summary>
public sealed class SuppressionDetector : IDetector
{
    private static readonly PeriodKind[] Regular = [PeriodKind.Quarter, PeriodKind.Month];

    /// <summary>The detector with its parameters.</summary>
    /// <param name="options">Its parameters; <see cref="SuppressionOptions.Default"/> if null.</param>
    public SuppressionDetector(SuppressionOptions? options = null) => Options = options ?? SuppressionOptions.Default;

    /// <summary>Its parameters.</summary>
    public SuppressionOptions Options { get; }

    /// <inheritdoc/>
    public string Name => DetectorNames.Suppression;

    /// <inheritdoc/>
    public string Description => "A regularly published series that stops while its publisher goes on, or a category dropped from a table.";

    /// <inheritdoc/>
    public void Detect(SeriesIndex index, FindingContext context, ICollection<Finding> found)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(found);
        Stopped(index, context, Options, found);
        Dropped(index, context, Options, found);
    }

    private static void Stopped(SeriesIndex index, FindingContext context, SuppressionOptions o, ICollection<Finding> found)
    {
        // The publication frontier: the latest period of each kind any series of the same publisher and reporter reached.
        var frontier = new Dictionary<(string, Country, PeriodKind), Period>();
        foreach (SeriesData series in index.Series)
        {
            foreach (PeriodSlots slots in series.Kinds)
            {
                if (Last(slots) is { } last)
                {
                    var k = (context.Conventions.Publisher(series.Key.Dataset), series.Key.Reporter, slots.Kind);
                    if (!frontier.TryGetValue(k, out Period f) || last > f)
                    {
                        frontier[k] = last;
                    }
                }
            }
        }

        Dictionary<(DatasetId, Country, Breakdown, PeriodKind, Period), (int Entered, int Left)> redrawn = Redrawn(index, frontier, context);
        var stoppedTotals = new HashSet<(SeriesKey, Period)>();
        foreach (bool totalsFirst in new[] { true, false })
        {
            foreach (SeriesData series in index.Series)
            {
                bool isTotal = series.Key.Breakdown == Breakdown.Total;
                if (isTotal != totalsFirst)
                {
                    continue;
                }

                foreach (PeriodKind kind in Regular)
                {
                    if (series.Of(kind) is not { } slots || Last(slots) is not { } last)
                    {
                        continue;
                    }

                    Period f = frontier[(context.Conventions.Publisher(series.Key.Dataset), series.Key.Reporter, kind)];
                    int lastIndex = slots.IndexOf(last);
                    int run = 0;
                    decimal sum = 0;
                    for (int i = lastIndex; i >= 0 && slots.Slots[i] is { } r; i--)
                    {
                        run++;
                        sum += r.Value;
                    }

                    int missing = Distance(last, f);
                    if (missing < 1 || run < o.MinRegularRun)
                    {
                        continue;
                    }

                    Period firstMissing = last.Next;
                    if (isTotal)
                    {
                        stoppedTotals.Add((series.Key, firstMissing));
                    }
                    else if (stoppedTotals.Contains((series.Key.WithBreakdown(Breakdown.Total), firstMissing)))
                    {
                        continue; // the whole table stopped: one finding on its total says it.
                    }

                    decimal mean = sum / run;
                    IReadOnlyList<Rule> rules = context.RulesFor(series.Key, firstMissing);
                    Severity severity = missing >= o.MissingPeriods.High && mean >= o.MaterialMean && rules.Count > 0 ? Severity.High
                        : missing >= o.MissingPeriods.Medium ? Severity.Medium
                        : Severity.Low;
                    Observation lastObs = slots.At(last)!;
                    var evidence = new List<Observation>();
                    for (int i = lastIndex; i > lastIndex - run; i--)
                    {
                        evidence.Add(slots.Slots[i]!);
                    }


                    // A table that lists its leading countries (Rosstat's trips) redraws its list: when other countries
                    // enter the same table in the same period as this one and others leave it, the row was dropped
                    // from a top list, not withheld. Said, and graded low, whatever the country.
                    (int Entered, int Left)? redrawnTable = null;
                    if (redrawn.TryGetValue((series.Key.Dataset, series.Key.Reporter, series.Key.Breakdown, kind, firstMissing), out var change) && change.Entered > 0 && change.Left > 1)
                    {
                        severity = Severity.Low;
                        redrawnTable = change;
                    }

                    var facts = new StoppedSeriesFacts(lastObs, run, firstMissing, f, missing, redrawnTable);
                    found.Add(context.Make(DetectorNames.Suppression, series.Key, firstMissing, null, lastObs.Value, missing, severity, facts, evidence, rules, "stopped") with { Mark = FindingMark.MissingSpan });
                }
            }
        }
    }

    private static void Dropped(SeriesIndex index, FindingContext context, SuppressionOptions o, ICollection<Finding> found)
    {
        // Tables: the series of one dataset, reporter and partner, with their total.
        var tables = index.Series
            .Where(s => s.Key.Breakdown != Breakdown.Total)
            .GroupBy(s => s.Key.WithBreakdown(Breakdown.Total));
        foreach (var table in tables)
        {
            if (!index.TryGet(table.Key, out SeriesData? totals))
            {
                continue;
            }

            SeriesData[] parts = table.ToArray();
            foreach (PeriodSlots totalSlots in totals.Kinds)
            {
                PeriodSlots?[] partSlots = parts.Select(s => s.Of(totalSlots.Kind)).ToArray();
                for (int i = 1; i < totalSlots.Length; i++)
                {
                    double tv = totalSlots.Values[i], bv = totalSlots.Values[i - 1];
                    if (!(tv > 0) || !(bv > 0))
                    {
                        continue;
                    }

                    // Cheap screen: some category present the period before and absent now.
                    Period p = totalSlots.PeriodAt(i), q = totalSlots.PeriodAt(i - 1);
                    bool candidate = false;
                    foreach (PeriodSlots? ps in partSlots)
                    {
                        if (ps is not null && !double.IsNaN(ps.ValueAt(ps.IndexOf(q))) && double.IsNaN(ps.ValueAt(ps.IndexOf(p))))
                        {
                            candidate = true;
                            break;
                        }
                    }

                    if (!candidate)
                    {
                        continue;
                    }

                    Observation total = totalSlots.Slots[i]!, before = totalSlots.Slots[i - 1]!;
                    if (!Complete(parts, q, before.Value, o, out var then))
                    {
                        continue;
                    }

                    // The table is still published in much the same form (at least half its categories), but without some.
                    Complete(parts, p, total.Value, o, out var now);
                    if (now.Count < Math.Max(2, (then.Count + 1) / 2))
                    {
                        continue;
                    }

                    var dropped = then
                        .Where(t => !now.Any(n => n.Key == t.Key) && t.Value >= o.DroppedCategory.Count && (double)(t.Value / before.Value) >= o.DroppedCategory.Share)
                        .ToArray();
                    if (dropped.Length == 0)
                    {
                        continue;
                    }

                    IReadOnlyList<Rule> rules = context.RulesFor(totals.Key, p);
                    bool bearsOnRule = dropped.Any(d => d.Key.Breakdown.AsPurpose is { } dp && rules.Any(r => r.Prohibited.Contains(dp) || r.Pretexts.Contains(dp)));
                    var evidence = new List<Observation> { total, before };
                    evidence.AddRange(dropped);
                    evidence.AddRange(now);
                    var facts = new DroppedCategoryFacts(total, before, dropped, now);
                    string aspect = "dropped:" + string.Join(",", dropped.Select(d => d.Key.Breakdown.Code));
                    Finding finding = context.Make(DetectorNames.Suppression, totals.Key, p, null, dropped.Sum(d => d.Value), dropped.Length, bearsOnRule ? Severity.High : Severity.Medium, facts, evidence, rules, aspect);
                    found.Add(finding with { Mark = FindingMark.MissingSpan });
                }
            }
        }
    }

    private static bool Complete(SeriesData[] parts, Period p, decimal total, SuppressionOptions o, out List<Observation> present)
    {
        present = [];
        decimal sum = 0;
        foreach (SeriesData part in parts)
        {
            if (part.At(p) is { } v)
            {
                present.Add(v);
                sum += v.Value;
            }
        }

        return present.Count >= 2 && total > 0 && Math.Abs((double)((sum - total) / total)) <= o.CompletenessTolerance;
    }

    // For each table (dataset, reporter, breakdown) and period: how many partners' series start there after the table's
    // first period, and how many stop just before it while the publisher goes on.
    private static Dictionary<(DatasetId, Country, Breakdown, PeriodKind, Period), (int Entered, int Left)> Redrawn(
        SeriesIndex index, Dictionary<(string, Country, PeriodKind), Period> frontier, FindingContext context)
    {
        var counts = new Dictionary<(DatasetId, Country, Breakdown, PeriodKind, Period), (int Entered, int Left)>();
        var firstOfTable = new Dictionary<(DatasetId, Country, Breakdown, PeriodKind), Period>();
        var spans = new List<((DatasetId, Country, Breakdown, PeriodKind) Table, Period First, Period Last)>();
        foreach (SeriesData series in index.Series)
        {
            foreach (PeriodKind kind in Regular)
            {
                if (series.Of(kind) is not { } slots || First(slots) is not { } first || Last(slots) is not { } last)
                {
                    continue;
                }

                var table = (series.Key.Dataset, series.Key.Reporter, series.Key.Breakdown, kind);
                spans.Add((table, first, last));
                if (!firstOfTable.TryGetValue(table, out Period earliest) || first < earliest)
                {
                    firstOfTable[table] = first;
                }
            }
        }

        foreach (((DatasetId d, Country r, Breakdown b, PeriodKind k) table, Period first, Period last) in spans)
        {
            if (first > firstOfTable[table])
            {
                var key = (table.d, table.r, table.b, table.k, first);
                counts[key] = (counts.GetValueOrDefault(key).Entered + 1, counts.GetValueOrDefault(key).Left);
            }

            if (last < frontier[(context.Conventions.Publisher(table.d), table.r, table.k)])
            {
                var key = (table.d, table.r, table.b, table.k, last.Next);
                counts[key] = (counts.GetValueOrDefault(key).Entered, counts.GetValueOrDefault(key).Left + 1);
            }
        }

        return counts;
    }

    private static Period? First(PeriodSlots slots)
    {
        for (int i = 0; i < slots.Length; i++)
        {
            if (slots.Slots[i] is not null)
            {
                return slots.PeriodAt(i);
            }
        }

        return null;
    }

    private static Period? Last(PeriodSlots slots)
    {
        for (int i = slots.Length - 1; i >= 0; i--)
        {
            if (slots.Slots[i] is not null)
            {
                return slots.PeriodAt(i);
            }
        }

        return null;
    }

    private static int Distance(Period from, Period to)
    {
        int per = PeriodSlots.PerYearOf(from.Kind);
        return ((to.Year - from.Year) * per) + to.Index - from.Index;
    }
}
