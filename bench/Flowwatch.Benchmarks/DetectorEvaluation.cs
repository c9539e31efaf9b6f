using System.Diagnostics;
using System.Globalization;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;

namespace Flowwatch.Benchmarks;

/// <summary>
/// <c>evaluate-detectors [observations] [seeds]</c>: scans SYNTHETIC data with injected anomalies and
/// prints precision and recall per detector. A finding is a true positive when an anomaly of its
/// detector was injected at its series and period; a finding of another detector at a table and period
/// where some anomaly was injected is a side effect (a surge of study is also a shift) and counts
/// neither way; every other finding is a false positive. Recall counts anomalies in series whose count
/// before injection exceeded 50 (all anomalies for suppression, inconsistency and breaches). An anomaly is recalled
/// when a finding of its detector is at its series and period, or names that period inside its episode (a quarter
/// of a longer surge, a surge of a pretext purpose inside the shift of the same series).
/// </summary>
internal static class DetectorEvaluation
{
    public static int Run(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        int seeds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var tp = new Dictionary<string, int>(StringComparer.Ordinal);
        var fp = new Dictionary<string, int>(StringComparer.Ordinal);
        var eligible = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var foundMedium = new Dictionary<string, int>(StringComparer.Ordinal);
        var side = new Dictionary<string, int>(StringComparer.Ordinal);
        var tp50 = new Dictionary<string, int>(StringComparer.Ordinal);
        var fp50 = new Dictionary<string, int>(StringComparer.Ordinal);
        var examples = new List<string>();
        int observations = 0;
        var watch = new Stopwatch();
        for (int seed = 1; seed <= seeds; seed++)
        {
            SyntheticSet set = SyntheticFlows.Generate(n, seed);
            observations += set.Observations.Count;
            watch.Start();
            IReadOnlyList<Finding> findings = DetectorSuite.Default.Scan(set.Observations, set.Context);
            watch.Stop();
            var exact = set.Anomalies.ToDictionary(a => (a.Detector, a.Key, a.Period));
            var tables = set.Anomalies.Select(a => (a.Key.WithBreakdown(Breakdown.Total), a.Period.Year)).ToHashSet();
            var hits = new HashSet<(string, SeriesKey, Period)>();
            // One episode, one finding: a surge's quarter named inside a longer surge, or inside a pretext shift of
            // the same series, was found; the finding that names it carries its grade.
            var named = new Dictionary<(string, SeriesKey, Period), Severity>();
            foreach (Finding f in findings.Where(f => f.Detector is DetectorNames.Surge or DetectorNames.PretextShift))
            {
                foreach (Period p in f.Evidence.Where(o => o.Key == f.Key).Select(o => o.Period).Append(f.Period))
                {
                    named.TryAdd((DetectorNames.Surge, f.Key, p), f.Severity);
                    if (f.Detector == DetectorNames.PretextShift)
                    {
                        named.TryAdd((DetectorNames.PretextShift, f.Key, p), f.Severity);
                    }
                }
            }

            foreach (Finding f in findings)
            {
                if (exact.TryGetValue((f.Detector, f.Key, f.Period), out InjectedAnomaly? hit))
                {
                    Add(tp, f.Detector);
                    if (hit.BaseValue > 50 || hit.Detector is not (DetectorNames.Surge or DetectorNames.PretextShift))
                    {
                        Add(tp50, f.Detector);
                    }

                    hits.Add((f.Detector, f.Key, f.Period));
                    if (f.Severity >= Severity.Medium && (hit.BaseValue > 50 || hit.Detector is not (DetectorNames.Surge or DetectorNames.PretextShift)))
                    {
                        Add(foundMedium, f.Detector);
                    }
                }
                else if (tables.Contains((f.Key.WithBreakdown(Breakdown.Total), f.Period.Year)))
                {
                    Add(side, f.Detector);
                }
                else
                {
                    Add(fp, f.Detector);
                    if (f.Baseline > 50)
                    {
                        Add(fp50, f.Detector);
                    }

                    if (examples.Count < 8)
                    {
                        examples.Add($"  false positive ({f.Severity}): {f.Explanation} [series: {string.Join(" ", set.Observations.Where(o => o.Key == f.Key && o.Period.Index == f.Period.Index).Select(o => $"{o.Period}={o.Value}"))}]");
                    }
                }
            }

            foreach (InjectedAnomaly a in set.Anomalies)
            {
                bool counted = a.Detector is not (DetectorNames.Surge or DetectorNames.PretextShift) || a.BaseValue > 50;
                if (!counted)
                {
                    continue;
                }

                Add(eligible, a.Detector);
                if (hits.Contains((a.Detector, a.Key, a.Period)))
                {
                    Add(found, a.Detector);
                }
                else if (named.TryGetValue((a.Detector, a.Key, a.Period), out Severity grade))
                {
                    Add(found, a.Detector);
                    if (grade >= Severity.Medium)
                    {
                        Add(foundMedium, a.Detector);
                    }
                }
                else if (examples.Count < 16)
                {
                    examples.Add($"  missed {a.Detector} at {a.Key} {a.Period} (count before injection {a.BaseValue})");
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SYNTHETIC evaluation: {seeds} seeds x ~{n:N0} observations ({observations:N0} in all); scan time {watch.Elapsed.TotalSeconds:0.00} s in all"));
        Console.WriteLine("detector          injected  recalled  recall  recall(medium+)  true+  false+  side-effects  precision  precision(counts>50)");
        foreach (string d in DetectorRegistry.Default.Names)
        {
            int e = Get(eligible, d), r = Get(found, d), t = Get(tp, d), f = Get(fp, d);
            string recall = e == 0 ? "   -" : ((double)r / e).ToString("0.000", CultureInfo.InvariantCulture);
            string recallMed = e == 0 ? "   -" : ((double)Get(foundMedium, d) / e).ToString("0.000", CultureInfo.InvariantCulture);
            string precision = t + f == 0 ? "   -" : ((double)t / (t + f)).ToString("0.000", CultureInfo.InvariantCulture);
            int t50 = Get(tp50, d), f50 = Get(fp50, d);
            string precision50 = t50 + f50 == 0 ? "   -" : ((double)t50 / (t50 + f50)).ToString("0.000", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{d,-17} {e,8}  {r,8}  {recall,6}  {recallMed,15}  {t,5}  {f,6}  {Get(side, d),12}  {precision,9}  {precision50,20}"));
        }

        foreach (string line in examples)
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    private static void Add(Dictionary<string, int> d, string k) => d[k] = Get(d, k) + 1;

    private static int Get(Dictionary<string, int> d, string k) => d.TryGetValue(k, out int v) ? v : 0;
}
