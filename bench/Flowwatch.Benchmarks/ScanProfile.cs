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
            foreach (IDetector detector in DetectorRegistry.Default.Detectors)
            {
                w.Restart();
                detector.Detect(index, fc, found);
                Console.WriteLine($"{detector.Name} {w.ElapsedMilliseconds} ms {found.Count}");
            }
        }

        return 0;
    }

    private static long Cpu() => (long)System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
}
