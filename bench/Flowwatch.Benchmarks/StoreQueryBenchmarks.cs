using System.Text;
using BenchmarkDotNet.Attributes;
using Flowwatch.Sources;
using Flowwatch.Store;

namespace Flowwatch.Benchmarks;

/// <summary>
/// Reading figures back from SQLite with their witnesses: 100,000 synthetic figures, each stated by two files
/// (so 200,000 witnesses). The baseline reads every witness as it is stored (<c>History</c>); the others fold
/// witnesses into figures (<c>Current</c>), with and without a publication-date cut (<c>AsOf</c>, on the day the
/// synthetic citation list dates every figure, so that the cut is checked for every row and keeps them all).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class StoreQueryBenchmarks
{
    private string _folder = "";
    private ObservationStore? _store;
    private string _path = "";

    [Params(100_000)]
    public int Figures { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "flowwatch-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _path = Path.Combine(_folder, "fw.db");
        _store = SqliteObservationStore.Open(_path);
        byte[] first = SyntheticTidyCsv.Make(Figures);
        // The same figures again in a file with other bytes: every figure gets a second witness.
        byte[] second = [.. first, .. Encoding.UTF8.GetBytes("\n")];
        _store.Ingest(SyntheticTidyCsv.Reader().Read(new SourceFile("first.csv", first)).Accepted());
        _store.Ingest(SyntheticTidyCsv.Reader().Read(new SourceFile("second.csv", second)).Accepted());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "SQLite rows only, every column read, nothing built (floor)")]
    public int RawRows()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using Microsoft.Data.Sqlite.SqliteCommand cmd = connection.CreateCommand();
        cmd.CommandText = StoredRow.Sql(new ObservationQuery { IncludeSynthetic = true }, (name, value) => throw new InvalidOperationException(name));
        using Microsoft.Data.Sqlite.SqliteDataReader r = cmd.ExecuteReader();
        int rows = 0;
        var values = new object[r.FieldCount];
        while (r.Read())
        {
            r.GetValues(values);
            rows++;
        }

        return rows;
    }

    [Benchmark(Baseline = true, Description = "every witness as stored (History)")]
    public int History() => _store!.History(new ObservationQuery { IncludeSynthetic = true }).Count;

    [Benchmark(Description = "figures with all their witnesses (Current)")]
    public int Current() => _store!.Current(new ObservationQuery { IncludeSynthetic = true }).Count;

    [Benchmark(Description = "figures published by a day (Current, AsOf)")]
    public int CurrentAsOf() => _store!.Current(new ObservationQuery { IncludeSynthetic = true, AsOf = new DateOnly(2026, 1, 1) }).Count;
}
