using BenchmarkDotNet.Attributes;
using Flowwatch.Sources;
using Flowwatch.Store;
using nietras.SeparatedValues;

namespace Flowwatch.Benchmarks;

/// <summary>
/// Ingesting 1,000,000 synthetic tidy-CSV figures: parse alone and end to end into a fresh SQLite file.
/// The baseline scans the same bytes with the CSV library and touches every cell, so the ratios say
/// what Flowwatch's validation and storage cost on top of reading the text.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IngestBenchmarks
{
    private byte[] _bytes = [];
    private string _folder = "";

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bytes = SyntheticTidyCsv.Make(Rows);
        _folder = Path.Combine(Path.GetTempPath(), "flowwatch-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    internal void UseBytes(byte[] bytes) => _bytes = bytes;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "CSV scan only (baseline)")]
    public int ScanOnly()
    {
        using SepReader reader = Sep.Reader().From(_bytes);
        int cells = 0;
        foreach (SepReader.Row row in reader)
        {
            for (int i = 0; i < row.ColCount; i++)
            {
                cells += row[i].Span.Length;
            }
        }

        return cells;
    }

    [Benchmark(Description = "parse: tidy CSV to observations")]
    public int Parse() => SyntheticTidyCsv.Reader().Read(new SourceFile("synthetic.csv", _bytes)).Observations.Count;

    [Benchmark(Description = "end to end: parse and store in SQLite")]
    public int EndToEnd()
    {
        string path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        using ObservationStore store = SqliteObservationStore.Open(path);
        return store.Ingest(SyntheticTidyCsv.Reader().Read(new SourceFile("synthetic.csv", _bytes)).Accepted()).Added;
    }
}
