using System.Diagnostics;
using System.Globalization;
using System.Text;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Reports.Sanctions;
using Flowwatch.Sources.Sanctions;
using FuzzySharp;

namespace Flowwatch.Benchmarks;

/// <summary>
/// `screening-eval [seed] [queries] [--csv PATH] [--synthetic ENTRIES] [--no-baseline]`: builds the development set from the bundled UN list,
/// scores Flowwatch's screener and a FuzzySharp token-set baseline (every name and alias, alert at a
/// ratio of 90) on it, then times both on one thread over the same queries, screening and writing
/// each result as a JSON line (the `--file` path). Run it pinned to one core with `taskset -c 1`. With
/// <c>--synthetic ENTRIES</c> it also times the same path against a SYNTHETIC list of that many entries made by code
/// (<see cref="SyntheticSanctionsList"/>). <c>--no-baseline</c> leaves the FuzzySharp baseline out (its scoring and timing take
/// minutes), for timing Flowwatch alone.
/// </summary>
internal static class ScreeningEvaluation
{
    private const int BaselineThreshold = 90;

    public static int Run(string[] args)
    {
        int seed = args.Length > 0 && !args[0].StartsWith('-') ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
        int queries = args.Length > 1 && !args[1].StartsWith('-') ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000;
        int csvAt = Array.IndexOf(args, "--csv");
        bool withBaseline = !args.Contains("--no-baseline");
        SanctionsList list = UnListReader.Read(BundledSanctionsList.File()).List!;
        var screener = new Screener(list);
        IReadOnlyList<DevCase> cases = ScreeningDevSet.Build(list, seed);
        if (csvAt >= 0)
        {
            WriteCsv(args[csvAt + 1], cases);
        }

        var names = list.Parties.SelectMany(p => p.Names.Select(n => (Party: p, Processed: n.Text))).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"List {list.Generated:yyyy-MM-dd}: {list.Parties.Count} records, {screener.NameCount} indexed names; development set (seed {seed}): {cases.Count(c => c.Expected is not null)} variants, {cases.Count(c => c.Expected is null)} negatives."));

        var flowwatchTop = new Dictionary<DevCase, IReadOnlyList<ScreeningMatch>>();
        DevSetScore ours = DevSetScore.Of(cases, c =>
        {
            IReadOnlyList<ScreeningMatch> m = screener.Screen(new ScreeningQuery(c.Query, c.Type));
            flowwatchTop[c] = m;
            return m.Where(x => x.Alert).Select(x => x.Party.Reference).ToList();
        });
        Report("Flowwatch", ours);
        if (withBaseline)
        {
            Report($"FuzzySharp token-set >= {BaselineThreshold}", DevSetScore.Of(cases, c => BaselineAlerts(c.Query, names)));
        }

        Calibration(cases, flowwatchTop);

        // Throughput on the --file path: screen, then write the contract's JSON line.
        var q = cases.Select(c => new ScreeningQuery(c.Query, c.Type)).ToArray();
        Time("Flowwatch", queries, i =>
        {
            ScreeningQuery query = q[i % q.Length];
            return ScreeningReports.ToJson(ScreeningReports.ToReport(query.Name, screener.Screen(query)), oneLine: true).Length;
        });
        Time("Flowwatch, screening alone (no JSON)", queries, i => screener.Screen(q[i % q.Length]).Count);
        if (withBaseline)
        {
            Time("FuzzySharp token-set", Math.Max(1, queries / 50), i => BaselineAlerts(q[i % q.Length].Name, names).Count);
        }

        int syntheticAt = Array.IndexOf(args, "--synthetic");
        if (syntheticAt >= 0)
        {
            int entries = int.Parse(args[syntheticAt + 1], CultureInfo.InvariantCulture);
            SanctionsList synthetic = SyntheticSanctionsList.Build(entries, seed);
            var syntheticScreener = new Screener(synthetic);
            ScreeningQuery[] sq = SyntheticSanctionsList.Queries(synthetic, 20_000, seed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SYNTHETIC list ({synthetic.Document.FileName}, made by code): {synthetic.Parties.Count:N0} records, {syntheticScreener.NameCount:N0} indexed names."));
            Time("Flowwatch on the SYNTHETIC list", queries, i =>
            {
                ScreeningQuery query = sq[i % sq.Length];
                return ScreeningReports.ToJson(ScreeningReports.ToReport(query.Name, syntheticScreener.Screen(query)), oneLine: true).Length;
            });
        }

        return 0;
    }

    private static List<string> BaselineAlerts(string query, (DesignatedParty Party, string Processed)[] names)
    {
        string processed = query;
        var hits = new List<string>();
        foreach ((DesignatedParty party, string name) in names)
        {
            if (Fuzz.TokenSetRatio(processed, name, FuzzySharp.PreProcess.PreprocessMode.Full) >= BaselineThreshold && !hits.Contains(party.Reference))
            {
                hits.Add(party.Reference);
            }
        }

        return hits;
    }

    private static void Report(string who, DevSetScore s)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{who}: recall {s.Recall:0.000} ({s.Found}/{s.Variants}), false alerts {s.FalseAlertRate:0.000} ({s.FalseAlerts}/{s.Negatives})"));
        foreach (IGrouping<string, DevCase> g in s.Misses.GroupBy(c => c.Rule).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  missed {g.Key}: {g.Count()}  e.g. {string.Join("; ", g.Take(3).Select(c => $"'{c.Query}' ({c.Expected})"))}");
        }

        foreach (IGrouping<string, DevCase> g in s.Wrong.GroupBy(c => c.Rule).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  false alert {g.Key}: {g.Count()}  e.g. {string.Join("; ", g.Take(3).Select(c => $"'{c.Query}'"))}");
        }
    }

    /// <summary>For each score band of the best match, the share of cases where that match is the right party (negatives have none).</summary>
    private static void Calibration(IReadOnlyList<DevCase> cases, Dictionary<DevCase, IReadOnlyList<ScreeningMatch>> top)
    {
        double[] bands = [0.5, 0.7, 0.85, 0.9, 0.95, 1.01];
        Console.WriteLine("Calibration of the best match's score (share that is the expected party):");
        for (int b = 0; b < bands.Length - 1; b++)
        {
            var inBand = cases.Where(c => top[c].Count > 0 && top[c][0].Score >= bands[b] && top[c][0].Score < bands[b + 1]).ToList();
            int right = inBand.Count(c => c.Expected is not null && top[c].Any(m => m.Party.Reference == c.Expected && m.Score >= bands[b]));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{bands[b]:0.00}, {Math.Min(bands[b + 1], 1):0.00}{(b == bands.Length - 2 ? "]" : ")")}: {inBand.Count,5} cases, {(inBand.Count == 0 ? 0 : (double)right / inBand.Count):0.000} right"));
        }
    }

    private static void Time(string who, int n, Func<int, int> run)
    {
        for (int i = 0; i < Math.Min(n, 2000); i++)
        {
            run(i);
        }

        var times = new double[n];
        TimeSpan cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        for (int i = 0; i < n; i++)
        {
            long start = Stopwatch.GetTimestamp();
            run(i);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        total.Stop();
        double cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{who}: {n:N0} queries in {total.Elapsed.TotalSeconds:0.00} s on one thread = {n / total.Elapsed.TotalSeconds:N0} queries/s wall, {n / cpu:N0} per CPU-second; p50 {times[n / 2]:0.0} us, p99 {times[Math.Min(n - 1, (int)(n * 0.99))]:0.0} us (machine load {LoadAverage()})"));
    }

    private static void WriteCsv(string path, IReadOnlyList<DevCase> cases)
    {
        var sb = new StringBuilder("name,type,expected,rule\n");
        foreach (DevCase c in cases)
        {
            sb.Append('"').Append(c.Query.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",")
              .Append(c.Type == ScreeningType.Any ? "" : c.Type.ToString().ToLowerInvariant()).Append(',')
              .Append(c.Expected).Append(',').Append(c.Rule).Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
