using Flowwatch.Application.Queries;
using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Web.Data;

/// <summary>
/// The server's read-only window on the store. A store connection is not thread-safe and the data are
/// small (thousands of figures), so the server reads them once into a <see cref="StoreSnapshot"/> and
/// reads again only when the list of ingested files changes (a `flowwatch ingest` run beside the
/// server); it asks at most once per <see cref="WebSettings.RefreshInterval"/>.
/// </summary>
internal sealed class StoreView : IDisposable
{
    private readonly Lock _gate = new();
    private readonly IObservationStore _store;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _refreshInterval;
    private StoreSnapshot _snapshot;
    private long _lastCheck;

    public StoreView(WebSettings settings, TimeProvider clock)
    {
        _clock = clock;
        _refreshInterval = settings.RefreshInterval;
        FindingsQuery = new FindingsQuery(StoreSnapshot.Reference, settings.Detectors);
        // Read-only: the server never writes; `flowwatch demo` or `flowwatch ingest` load the figures it shows.
        _store = settings.OpenStore();
        _snapshot = Read(1, _store.Sources());
        _lastCheck = _clock.GetTimestamp();
    }

    public string Location => _store.Location;

    /// <summary>The findings use case with the bundled reference data and the server's detectors, shared by every request.</summary>
    public FindingsQuery FindingsQuery { get; }

    public StoreSnapshot Snapshot
    {
        get
        {
            long now = _clock.GetTimestamp();
            long last = Interlocked.Read(ref _lastCheck);
            if (_clock.GetElapsedTime(last, now) >= _refreshInterval && Interlocked.CompareExchange(ref _lastCheck, now, last) == last)
            {
                // One request per interval pays for the check; the others keep reading the current snapshot.
                lock (_gate)
                {
                    IReadOnlyList<SourceRecord> sources = _store.Sources();
                    if (Signature(sources) != Signature(_snapshot.Sources))
                    {
                        Volatile.Write(ref _snapshot, Read(_snapshot.Version + 1, sources));
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

    /// <summary>The latest alerts `flowwatch watch` recorded in this store, newest first; none when the store keeps no watch state.</summary>
    public IReadOnlyList<AlertRecord> RecentAlerts(int limit)
    {
        lock (_gate)
        {
            return _store is IWatchStore watch ? watch.RecentAlerts(limit) : [];
        }
    }

    /// <summary>The findings the latest watch pass reported as new, escalated or revised; none when the store was never watched.</summary>
    public ReleaseMarks LatestChanges()
    {
        lock (_gate)
        {
            return _store is IWatchStore watch ? ReleaseMarks.From(watch.LastScanAlerts()) : ReleaseMarks.None;
        }
    }

    public void Dispose() => _store.Dispose();

    private StoreSnapshot Read(long version, IReadOnlyList<SourceRecord> sources)
    {
        lock (_gate)
        {
            return new StoreSnapshot(version, _store.Current(ObservationQuery.All), _store.History(ObservationQuery.All), sources, FindingsQuery);
        }
    }

    private static (int, DateTimeOffset, string) Signature(IReadOnlyList<SourceRecord> sources) =>
        sources.Count == 0 ? (0, default, "") : (sources.Count, sources.Max(s => s.IngestedAt), sources.MaxBy(s => s.IngestedAt)!.Document.Sha256);
}
