using System.Diagnostics;
using System.Globalization;
using Flowwatch.Sources;
using Flowwatch.Store;

namespace Flowwatch.Benchmarks;

/// <summary>
/// `ingest-throughput [rows] [runs]`: a quick rows-per-second figure for parse alone and end to end, as
/// medians over several runs. BenchmarkDotNet's IngestBenchmarks is the careful measurement; this one
/// is for a glance.
/// </summary>
internal static class IngestThroughput
{
    public static int Run(string[] args)
    {
        int rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        byte[] bytes = SyntheticTidyCsv.Make(rows);
        string folder = Path.Combine(Path.GetTempPath(), "flowwatch-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var scan = new List<double>();
        var parse = new List<double>();
        var stored = new List<double>();
        var baseline = new IngestBenchmarks();
        baseline.UseBytes(bytes);
        for (int i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            baseline.ScanOnly();
            scan.Add(watch.Elapsed.TotalSeconds);
            watch.Restart();
            ReadResult result = SyntheticTidyCsv.Reader().Read(new SourceFile("synthetic.csv", bytes));
            parse.Add(watch.Elapsed.TotalSeconds);
            using ObservationStore store = SqliteObservationStore.Open(Path.Combine(folder, $"{i}.db"));
            watch.Restart();
            store.Ingest(result.Accepted());
            stored.Add(watch.Elapsed.TotalSeconds + parse[^1]);
        }

        Directory.Delete(folder, recursive: true);
        static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} synthetic rows, {runs} runs, medians:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  CSV scan only (baseline) {Median(scan):F3} s = {rows / Median(scan),12:N0} rows/s  1.00x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  parse to observations    {Median(parse):F3} s = {rows / Median(parse),12:N0} rows/s  {Median(parse) / Median(scan):F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  parse and store (SQLite) {Median(stored):F3} s = {rows / Median(stored),12:N0} rows/s  {Median(stored) / Median(scan):F2}x"));
        return 0;
    }
}
