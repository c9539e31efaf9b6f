using BenchmarkDotNet.Attributes;
using Flowwatch.Analysis.Detection;

namespace Flowwatch.Benchmarks;

/// <summary>A full scan (all five detectors) of SYNTHETIC quarterly entries, single-threaded.</summary>
[MemoryDiagnoser]
public class ScanBenchmarks
{
    private SyntheticSet _set = null!;

    [Params(100_000, 1_000_000)]
    public int Observations { get; set; }

    [GlobalSetup]
    public void Setup() => _set = SyntheticFlows.Generate(Observations, seed: 7);

    [Benchmark]
    public int ScanAllDetectors() => DetectorSuite.Default.Scan(_set.Observations, _set.Context).Count;
}
