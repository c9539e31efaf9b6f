using System.Diagnostics;
using System.Globalization;

namespace Flowwatch.Benchmarks;

/// <summary>
/// `store-query [FIGURES] [RUNS]`: the same three reads as <see cref="StoreQueryBenchmarks"/>, timed in process
/// with medians of several runs and ratios against the first (every witness as stored), for machines where
/// BenchmarkDotNet's build of its boilerplate does not finish in its time limit.
/// </summary>
internal static class StoreQueryTimes
{
    public static int Run(string[] args)
    {
        int figures = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var bench = new StoreQueryBenchmarks { Figures = figures };
        bench.Setup();
        try
        {
            (string Name, Func<int> Read)[] reads =
            [
                ("every witness as stored (History)", bench.History),
                ("SQLite rows only (floor)", bench.RawRows),
                ("figures with all their witnesses (Current)", bench.Current),
                ("figures published by a day (Current, AsOf)", bench.CurrentAsOf),
            ];
            double baseline = 0;
            foreach ((string name, Func<int> read) in reads)
            {
                read(); // warm-up
                var times = new List<double>();
                int count = 0;
                for (int i = 0; i < runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    count = read();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                double median = times[times.Count / 2];
                baseline = baseline == 0 ? median : baseline;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-45} {count,9:N0} rows  median {median,8:N1} ms  (min {times[0]:N1}, max {times[^1]:N1})  ratio {median / baseline:N2}"));
            }
        }
        finally
        {
            bench.Cleanup();
        }

        return 0;
    }
}
