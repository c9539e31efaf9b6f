using System.Diagnostics;
using System.Globalization;
using Flowwatch.Analysis.Detection;

namespace Flowwatch.Benchmarks;

/// <summary>
/// <c>scan-scaling [sizes...]</c>: times a full scan (all detectors, one thread) of SYNTHETIC data at each
/// size, median of three runs after a warm-up; for the sizes BenchmarkDotNet would take too long on (10M).
/// </summary>
internal static class ScanScaling
{
    public static int Run(string[] args)
    {
        int[] sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [100_000, 1_000_000, 10_000_000];
        double? previous = null;
        foreach (int size in sizes)
        {
            SyntheticSet set = SyntheticFlows.Generate(size, seed: 7);
            DetectorSuite.Default.Scan(set.Observations, set.Context);
            var times = new List<double>();
            var cpu = new List<double>();
            int findings = 0;
            for (int i = 0; i < 3; i++)
            {
                GC.Collect();
                TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                findings = DetectorSuite.Default.Scan(set.Observations, set.Context).Count;
                times.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds);
            }

            times.Sort();
            cpu.Sort();
            double median = times[1];
            string growth = previous is { } p ? string.Create(CultureInfo.InvariantCulture, $"  x{median / p:0.0} for x{size / (double)sizes[Array.IndexOf(sizes, size) - 1]:0} data") : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{set.Observations.Count,12:N0} observations: median {median,9:N0} ms wall, {cpu[1],9:N0} ms CPU (runs {string.Join(", ", times.Select(t => t.ToString("N0", CultureInfo.InvariantCulture)))}), {findings:N0} findings, managed heap {GC.GetTotalMemory(false) / 1e9:0.0} GB{growth}"));
            previous = median;
        }

        return 0;
    }
}
