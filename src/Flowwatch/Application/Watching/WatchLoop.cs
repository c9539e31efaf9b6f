using System.Globalization;
using System.Runtime.InteropServices;
using Flowwatch.Application.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Store;
using Flowwatch.Store.Articles;
using Flowwatch.Store.Sanctions;
using Microsoft.Extensions.Logging;

namespace Flowwatch.Application.Watching;

/// <summary>
/// `flowwatch watch` as a loop: poll the publishers' URLs, run a pass (<see cref="ReleaseWatcher"/>), write the alerts
/// as JSON lines, post them to the webhooks (<see cref="AlertDispatcher"/>), then wait for a file event, the next
/// rescan, a file to settle or the next webhook retry, whichever comes first. SIGTERM and SIGINT finish the step in
/// hand and stop; what was not done is in the store for the next start.
/// </summary>
public sealed class WatchLoop
{
    private readonly IObservationStore _store;
    private readonly IWatchStore _outbox;
    private readonly ISanctionsStore? _sanctions;
    private readonly IArticleStore? _articles;
    private readonly WatchLoopOptions _options;
    private readonly TextWriter _alerts;
    private readonly ILogger _log;
    private readonly TimeProvider _clock;
    private readonly HttpMessageHandler? _handler;
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    /// <summary>A loop over <paramref name="store"/>, keeping its state in <paramref name="outbox"/>.</summary>
    /// <param name="store">The figures.</param>
    /// <param name="outbox">The watcher's state and alert outbox (usually the same store).</param>
    /// <param name="sanctions">The sanctions-list versions, when list files are watched too.</param>
    /// <param name="options">What to run.</param>
    /// <param name="alerts">Where the JSON lines go (standard output).</param>
    /// <param name="logger">The log (the command writes it as logfmt on standard error).</param>
    /// <param name="clock">The time (tests fake it).</param>
    /// <param name="handler">The HTTP handler for webhooks (tests may give their own).</param>
    /// <param name="articles">The news articles, when article files are watched too (a repeated wrong variant is an alert).</param>
    public WatchLoop(IObservationStore store, IWatchStore outbox, ISanctionsStore? sanctions, WatchLoopOptions options, TextWriter alerts, ILogger logger, TimeProvider? clock = null, HttpMessageHandler? handler = null, IArticleStore? articles = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _outbox = outbox;
        _sanctions = sanctions;
        _options = options;
        _alerts = alerts;
        _log = logger;
        _clock = clock ?? TimeProvider.System;
        _handler = handler;
        _articles = articles;
    }

    /// <summary>Runs until cancelled or signalled, or for one pass with <see cref="WatchLoopOptions.Once"/>.</summary>
    public async Task<WatchLoopOutcome> RunAsync(CancellationToken cancel = default)
    {
        IReadOnlyList<string> folders = _options.Pass.Folders;
        List<WebhookEndpoint> endpoints = _options.Webhooks.Select(u => _outbox.Endpoint(u, _options.WebhookFormat)).ToList();
        List<AlertChannel> hooks = endpoints.Select(e => e.Channel).ToList();
        var watcher = new ReleaseWatcher(_store, _outbox, _options.Pass with { Channels = [AlertChannel.Stdout, .. hooks] }, _clock, _sanctions, _articles);
        var dispatcher = new AlertDispatcher(_outbox, _clock, _log);
        using WebhookClient? client = hooks.Count == 0 ? null : new WebhookClient(_options.WebhookSecret, _options.Rules, _clock, _handler);
        List<UrlPoller> pollers = _options.Urls.Select(u => new UrlPoller(u, folders[0], clock: _clock)).ToList();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Stop(c, stop));
        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Stop(c, stop));
        using var wake = new SemaphoreSlim(0);
        List<FileSystemWatcher> events = _options.Once ? [] : folders.Select(f => Events(f, wake)).ToList();
        string watched = string.Join(",", folders), posted = string.Join(",", _options.Webhooks);
        WatchEvents.Started(_log, watched, _store.Location, posted, _options.Every, _options.Once);
        if (hooks.Count > 0 && _options.WebhookSecret is null)
        {
            WatchEvents.WebhookUnsigned(_log);
        }

        foreach (WebhookEndpoint disabled in endpoints.Where(e => e.DisabledAt is not null))
        {
            WatchEvents.WebhookDisabled(_log, disabled.Url, disabled.DisabledReason ?? "disabled", disabled.Dead);
        }

        bool troubled = false;
        try
        {
            for (int pass = 1; !stop.IsCancellationRequested; pass++)
            {
                foreach (UrlPoller poller in pollers)
                {
                    await Poll(poller, stop.Token).ConfigureAwait(false);
                }

                PassResult result = watcher.Pass();
                Report(result);
                dispatcher.WriteLines(_alerts);
                DeliveryReport delivery = client is null ? DeliveryReport.None : await dispatcher.DeliverAsync(client, hooks, _options.Pass.Site, stop.Token).ConfigureAwait(false);
                if (_options.Once)
                {
                    // One pass, but a file still being written gets the settle time to finish (a few tries at most), and a
                    // backlog larger than one round of deliveries is sent whole.
                    if ((result.Changing.Count > 0 || delivery.More) && pass < 10)
                    {
                        await Task.Delay(delivery.More ? TimeSpan.Zero : _options.Pass.Settle, _clock, stop.Token).ConfigureAwait(false);
                        continue;
                    }

                    troubled = result.Changing.Count > 0 || delivery.Troubled;
                    break;
                }

                await WaitAsync(NextWait(result, delivery, hooks), wake, stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (FileSystemWatcher w in events)
            {
                w.Dispose();
            }

            foreach (UrlPoller p in pollers)
            {
                p.Dispose();
            }
        }

        WatchEvents.Stopped(_log, stop.IsCancellationRequested ? "signal" : "done");
        return new WatchLoopOutcome(stop.IsCancellationRequested, troubled);
    }

    /// <summary>The rescan interval, shortened for a file still settling, a backlog of deliveries, or the next webhook retry.</summary>
    private TimeSpan NextWait(PassResult result, DeliveryReport delivery, IReadOnlyList<AlertChannel> hooks)
    {
        if (delivery.More)
        {
            return TimeSpan.Zero;
        }

        TimeSpan wait = _options.Every;
        if (result.Changing.Count > 0 && _options.Pass.Settle < wait)
        {
            wait = _options.Pass.Settle;
        }

        DateTimeOffset now = _clock.GetUtcNow();
        Dictionary<AlertChannel, WebhookEndpoint> endpoints = hooks.Count == 0 ? [] : _outbox.Endpoints().ToDictionary(e => e.Channel);
        foreach (AlertChannel hook in hooks)
        {
            if (!endpoints.TryGetValue(hook, out WebhookEndpoint? endpoint) || endpoint.DisabledAt is not null)
            {
                continue;
            }

            DateTimeOffset? next = _outbox.NextRetry(hook);
            if (endpoint.PausedUntil is { } paused && paused > now && endpoint.Pending > 0)
            {
                next = next is null || paused > next ? paused : next;
            }
            else if (delivery.Waiting > 0 && endpoint.Pending > 0)
            {
                // Left untried because the endpoint did not answer: look again a minute on, not at the next rescan only.
                next = next is null || now + TimeSpan.FromMinutes(1) < next ? now + TimeSpan.FromMinutes(1) : next;
            }

            if (next is { } at && at - now < wait)
            {
                wait = at - now < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : at - now;
            }
        }

        return wait;
    }

    private async Task WaitAsync(TimeSpan wait, SemaphoreSlim wake, CancellationToken stop)
    {
        using var tick = CancellationTokenSource.CreateLinkedTokenSource(stop);
        Task woke = wake.WaitAsync(tick.Token);
        await Task.WhenAny(woke, Task.Delay(wait, _clock, tick.Token)).ConfigureAwait(false);
        await tick.CancelAsync().ConfigureAwait(false);
        if (woke.IsCompletedSuccessfully && !stop.IsCancellationRequested)
        {
            // Events come in bursts while a file is written: let the burst settle before looking.
            await Task.Delay(TimeSpan.FromMilliseconds(100), _clock, stop).ConfigureAwait(false);
            while (wake.CurrentCount > 0)
            {
                await wake.WaitAsync(stop).ConfigureAwait(false);
            }
        }
    }

    private async Task Poll(UrlPoller poller, CancellationToken cancel)
    {
        PollOutcome outcome = await poller.PollAsync(cancel).ConfigureAwait(false);
        switch (outcome.Status)
        {
            case PollStatus.Fetched:
                WatchEvents.Fetched(_log, poller.Url, outcome.Path);
                break;
            case PollStatus.NotModified:
                WatchEvents.NotModified(_log, poller.Url);
                break;
            case PollStatus.Failed when outcome.Failures == 1:
                // Reported once; retried with a growing backoff, and the loop goes on.
                WatchEvents.UrlFailing(_log, poller.Url, outcome.Problem);
                break;
            case PollStatus.Failed:
                WatchEvents.UrlStillFailing(_log, poller.Url, outcome.Problem, outcome.Failures);
                break;
            default:
                break;
        }
    }

    private void Report(PassResult result)
    {
        foreach (FileOutcome o in result.Ingested.Where(o => !o.IsSkipped))
        {
            if (o.IsRejected)
            {
                Rejected(o.Path, o.Diagnostics);
            }
            else if (o.Stored is { Status: not IngestStatus.Unchanged } s)
            {
                WatchEvents.Ingested(_log, o.Path, o.Format, s.Rows, s.Added, s.Revisions.Count);
            }
        }

        foreach (SanctionsLoadOutcome l in result.Lists)
        {
            if (l.Stored is null)
            {
                Rejected(l.Path, l.Diagnostics);
            }
            else if (l.Stored.Status != IngestStatus.Unchanged)
            {
                string generated = l.Stored.Version.Generated.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                WatchEvents.ListLoaded(_log, l.Path, l.Stored.Version.Entries, generated);
            }
        }

        foreach (string f in result.Changing)
        {
            WatchEvents.Settling(_log, f);
        }

        if (result.Scanned)
        {
            WatchEvents.Scanned(_log, result.Changes, result.NewAlerts);
        }
    }

    private void Rejected(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        // A refused file is logged once, and again only when it changes (its problems then differ or it is read anew).
        string id = path + "|" + string.Join(";", diagnostics.Select(d => d.ToString()));
        if (_reported.Add(id))
        {
            string first = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)?.ToString() ?? "unreadable";
            WatchEvents.Rejected(_log, path, first, diagnostics.Count);
        }
    }

    private static FileSystemWatcher Events(string folder, SemaphoreSlim wake)
    {
        var w = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler poke = (_, _) => wake.Release();
        w.Created += poke;
        w.Changed += poke;
        w.Renamed += (_, _) => wake.Release();
        // A lost event (buffer overflow) is harmless: the periodic rescan finds the file.
        w.EnableRaisingEvents = true;
        return w;
    }

    private static void Stop(PosixSignalContext context, CancellationTokenSource stop)
    {
        // Finish the step in hand and stop; what was not done is in the store for the next start.
        context.Cancel = true;
        stop.Cancel();
    }
}
