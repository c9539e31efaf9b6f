using System.Diagnostics;
using Flowwatch.Analysis.Detection;

namespace Flowwatch.Benchmarks;

internal static class ScanProfile
{
    public static int Run(string[] args)
    {
        SyntheticSet set = SyntheticFlows.Generate(1_000_000, seed: 7);
        for (int round = 0; round < 2; round++)
        {
            var w = Stopwatch.StartNew();
            var index = SeriesIndex.Build(set.Observations);
            Console.WriteLine($"index {w.ElapsedMilliseconds} ms (thread cpu so far {Cpu()} ms)");
            var fc = new FindingContext(set.Context, DatasetConventions.Default);
            var found = new List<Finding>();
            w.Restart(); SurgeDetector.Detect(index, fc, SurgeOptions.Default, found); Console.WriteLine($"surge {w.ElapsedMilliseconds} ms {found.Count}");
            w.Restart(); PretextShiftDetector.Detect(index, fc, PretextShiftOptions.Default, found); Console.WriteLine($"shift {w.ElapsedMilliseconds} ms {found.Count}");
            w.Restart(); DeadlineBreachDetector.Detect(index, fc, DeadlineBreachOptions.Default, found); Console.WriteLine($"breach {w.ElapsedMilliseconds} ms {found.Count}");
            w.Restart(); SuppressionDetector.Detect(index, fc, SuppressionOptions.Default, found); Console.WriteLine($"suppression {w.ElapsedMilliseconds} ms {found.Count}");
            w.Restart(); InconsistencyDetector.Detect(index, fc, InconsistencyOptions.Default, found); Console.WriteLine($"inconsistency {w.ElapsedMilliseconds} ms {found.Count}");
        }

        return 0;
    }

    private static long Cpu() => (long)System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
}
