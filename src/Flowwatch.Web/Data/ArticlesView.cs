using Flowwatch.Analysis.Trace;
using Flowwatch.Application.Trace;
using Flowwatch.Store.Articles;

namespace Flowwatch.Web.Data;

/// <summary>
/// The server's read-only window on the stored articles: their genealogy (<see cref="ArticleTrace"/>), traced again only
/// when the stored articles change (an `ingest` or `watch` beside the server), at most once per refresh interval.
/// </summary>
internal sealed class ArticlesView : IDisposable
{
    private readonly Lock _gate = new();
    private readonly IArticleStore _store;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _refreshInterval;
    private TraceResult _trace;
    private (int, DateTimeOffset) _signature;
    private long _lastCheck;

    public ArticlesView(WebSettings settings, TimeProvider clock)
    {
        _clock = clock;
        _refreshInterval = settings.RefreshInterval;
        _store = settings.OpenArticles();
        (_trace, _signature) = Read();
        _lastCheck = _clock.GetTimestamp();
    }

    /// <summary>The genealogy of the stored articles as of the last check.</summary>
    public TraceResult Trace
    {
        get
        {
            long now = _clock.GetTimestamp();
            long last = Interlocked.Read(ref _lastCheck);
            if (_clock.GetElapsedTime(last, now) >= _refreshInterval && Interlocked.CompareExchange(ref _lastCheck, now, last) == last)
            {
                lock (_gate)
                {
                    (TraceResult trace, (int, DateTimeOffset) signature) = Read();
                    if (signature != _signature)
                    {
                        _signature = signature;
                        Volatile.Write(ref _trace, trace);
                    }
                }
            }

            return Volatile.Read(ref _trace);
        }
    }

    public void Dispose() => _store.Dispose();

    private (TraceResult, (int, DateTimeOffset)) Read()
    {
        lock (_gate)
        {
            IReadOnlyList<StoredArticle> stored = _store.Articles();
            return (ArticleTrace.Trace(stored), (stored.Count, stored.Count == 0 ? default : stored.Max(a => a.IngestedAt)));
        }
    }
}
