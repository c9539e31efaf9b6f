using Flowwatch.Application;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Application.Queries;

/// <summary>A SQLite store holding the bundled figures, ingested once for the query tests.</summary>
public sealed class BundledStoreFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public BundledStoreFixture()
    {
        Store = SqliteObservationStore.Open(_dir.File("bundled.db"));
        new Ingestion(Store).IngestBundled();
    }

    public ObservationStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        _dir.Dispose();
    }
}
