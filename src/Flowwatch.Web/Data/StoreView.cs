using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Web.Data;

/// <summary>
/// The server's read-only window on the store. The SQLite connection is not thread-safe and the data
/// are small (thousands of figures), so the server reads them once into a <see cref="StoreSnapshot"/>
/// and reads again only when the database file changes (a `flowwatch ingest` run beside the server).
/// </summary>
internal sealed class StoreView : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SqliteObservationStore _store;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _refreshInterval;
    private StoreSnapshot _snapshot;
    private (long, long) _stamp;
    private long _lastCheck;

    public StoreView(WebSettings settings, TimeProvider clock)
    {
        _clock = clock;
        _refreshInterval = settings.RefreshInterval;
        _store = SqliteObservationStore.Open(DatabaseLocation.Resolve(settings.DatabasePath));
        if (_store.Sources().Count == 0)
        {
            // A first run on a fresh machine: show the bundled real figures rather than empty pages.
            new Ingestion(_store).IngestBundled();
        }

        _stamp = Stamp();
        _snapshot = Read(1);
        _lastCheck = _clock.GetTimestamp();
    }

    public string DatabasePath => _store.Path;

    public StoreSnapshot Snapshot
    {
        get
        {
            long now = _clock.GetTimestamp();
            if (_clock.GetElapsedTime(Interlocked.Read(ref _lastCheck), now) >= _refreshInterval)
            {
                Interlocked.Exchange(ref _lastCheck, now);
                (long, long) stamp = Stamp();
                if (stamp != _stamp)
                {
                    lock (_gate)
                    {
                        if (stamp != _stamp)
                        {
                            _snapshot = Read(_snapshot.Version + 1);
                            _stamp = stamp;
                        }
                    }
                }
            }

            return Volatile.Read(ref _snapshot);
        }
    }

    /// <summary>The figures as they stood at a past time: the one query that goes to the database itself.</summary>
    public IReadOnlyList<Observation> AsOf(ObservationQuery query)
    {
        lock (_gate)
        {
            return _store.Current(query);
        }
    }

    public void Dispose() => _store.Dispose();

    private StoreSnapshot Read(long version)
    {
        lock (_gate)
        {
            return new StoreSnapshot(version, _store.Current(ObservationQuery.All), _store.History(ObservationQuery.All), _store.Sources());
        }
    }

    private (long, long) Stamp()
    {
        // SQLite in WAL mode writes to the -wal file first; either file changing means new data.
        return (StampOf(_store.Path), StampOf(_store.Path + "-wal"));

        static long StampOf(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? info.LastWriteTimeUtc.Ticks ^ (info.Length << 1) : 0;
        }
    }
}
