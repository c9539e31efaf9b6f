using System.Globalization;
using Flowwatch.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Flowwatch.Application.Watching;

/// <summary>
/// Delivers the outbox: each pending alert on standard output, and each alert due on each webhook endpoint, applying
/// <see cref="DeliveryRules"/> and recording what they decide (delivered, retry at a time, dead letter, endpoint
/// disabled or paused) in the store as it goes. Each alert has its own schedule, so a refused alert never holds back
/// the ones after it. Alerts to one endpoint are posted one at a time (many receivers are single-threaded: four posts
/// at a time to a Python http.server receiver failed 2 to 9 of 33, docs/watch.md), endpoints side by side. A watcher killed
/// between sending and recording sends the alert again after a restart, with the same key: at least once, never
/// under a new key.
/// </summary>
public sealed class AlertDispatcher
{
    private const int Batch = 100;

    /// <summary>No answer this many times in a row (a timeout, no connection): the endpoint is down, the rest wait for the next pass.</summary>
    private const int Unreachable = 3;

    private readonly IWatchStore _store;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private readonly HashSet<int> _failing = [];

    /// <summary>A dispatcher over the outbox in <paramref name="store"/>.</summary>
    public AlertDispatcher(IWatchStore store, TimeProvider? clock = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _clock = clock ?? TimeProvider.System;
        _log = logger ?? NullLogger.Instance;
    }

    /// <summary>Writes each pending alert as one JSON line.</summary>
    /// <returns>How many were written.</returns>
    public int WriteLines(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int written = 0;
        IReadOnlyList<AlertRecord> pending;
        while ((pending = _store.Pending(AlertChannel.Stdout, Batch)).Count > 0)
        {
            foreach (AlertRecord alert in pending)
            {
                output.WriteLine(alert.Body);
                output.Flush();
                _store.MarkDelivered(alert.Key, AlertChannel.Stdout, _clock.GetUtcNow());
                written++;
            }
        }

        return written;
    }

    /// <summary>Posts the alerts due on each endpoint, the endpoints side by side.</summary>
    /// <param name="client">The client (secret, rules, Polly pipeline).</param>
    /// <param name="channels">The endpoints' channels; their state is read afresh from the store.</param>
    /// <param name="site">The dashboard's base address (a CloudEvent's <c>source</c>).</param>
    /// <param name="cancel">Stops between attempts.</param>
    public async Task<DeliveryReport> DeliverAsync(WebhookClient client, IReadOnlyList<AlertChannel> channels, Uri site, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(site);
        Dictionary<AlertChannel, WebhookEndpoint> endpoints;
        lock (_gate)
        {
            endpoints = _store.Endpoints().ToDictionary(e => e.Channel);
        }

        DeliveryReport[] reports = await Task.WhenAll(channels.Where(endpoints.ContainsKey).Select(c => DeliverToAsync(client, endpoints[c], site, cancel))).ConfigureAwait(false);
        return reports.Aggregate(DeliveryReport.None, (a, b) => a + b);
    }

    /// <summary>
    /// Re-sends dead letters of one endpoint: they become pending again with a fresh schedule, the endpoint is enabled
    /// again, and what is due on it is posted at once; an alert refused again follows the rules from there.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="channel">The endpoint's channel.</param>
    /// <param name="keys">The alerts to re-send; null for every dead letter of the endpoint.</param>
    /// <param name="site">The dashboard's base address.</param>
    /// <param name="cancel">Stops between attempts.</param>
    /// <returns>How many dead letters were revived, and what the delivery did.</returns>
    public async Task<(int Revived, DeliveryReport Report)> ResendAsync(WebhookClient client, AlertChannel channel, IReadOnlyCollection<string>? keys, Uri site, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        int revived = Locked(() => _store.Revive(channel, keys));
        DeliveryReport report = DeliveryReport.None;
        do
        {
            report += await DeliverAsync(client, [channel], site, cancel).ConfigureAwait(false);
        }
        while (report.More && !cancel.IsCancellationRequested);
        return (revived, report);
    }

    private async Task<DeliveryReport> DeliverToAsync(WebhookClient client, WebhookEndpoint endpoint, Uri site, CancellationToken cancel)
    {
        DateTimeOffset now = _clock.GetUtcNow();
        if (endpoint.DisabledAt is not null)
        {
            // New alerts recorded for a disabled endpoint join its dead letters at once.
            int dead = Locked(() => _store.DisableEndpoint(endpoint.Channel, endpoint.DisabledReason ?? "disabled", now));
            return DeliveryReport.None with { Dead = dead, Disabled = 1 };
        }

        if (endpoint.PausedUntil is { } paused && paused > now)
        {
            return DeliveryReport.None with { Waiting = Locked(() => _store.Due(endpoint.Channel, now, Batch).Count) };
        }

        IReadOnlyList<PendingDelivery> due = Locked(() => _store.Due(endpoint.Channel, now, Batch));
        int delivered = 0, failed = 0, deadLetters = 0, noAnswer = 0, disabled = 0, attempted = 0;
        string? problem = null;
        bool stop = false;
        foreach (PendingDelivery delivery in due)
        {
            if (stop)
            {
                break;
            }

            attempted++;
            string key = delivery.Alert.Key;
            DeliveryDecision decision = await client.PostAsync(endpoint, delivery, site, d => Retry(endpoint, key, d), cancel).ConfigureAwait(false);
            DateTimeOffset at = _clock.GetUtcNow();
            switch (decision.Step)
            {
                case DeliveryStep.Delivered:
                    Locked(() => _store.MarkDelivered(key, endpoint.Channel, at));
                    delivered++;
                    noAnswer = 0;
                    continue;
                case DeliveryStep.Disable:
                    stop = true;
                    int dead = Locked(() => _store.DisableEndpoint(endpoint.Channel, decision.Problem ?? "HTTP 410 Gone", at));
                    disabled = 1;
                    deadLetters += dead;
                    WatchEvents.WebhookDisabled(_log, endpoint.Url, decision.Problem ?? "HTTP 410 Gone", dead);
                    continue;
                case DeliveryStep.Dead:
                    Locked(() => _store.MarkDead(key, endpoint.Channel, decision.Problem ?? "failed", at, attempted: true));
                    deadLetters++;
                    WatchEvents.DeadLetter(_log, endpoint.Url, key, delivery.Attempts + 1, decision.Problem);
                    break;
                default:
                    Retry(endpoint, key, decision);
                    failed++;
                    if (decision.Verdict == DeliveryVerdict.Throttled)
                    {
                        // The receiver asked for less: nothing more to it until then, these alerts included.
                        stop = true;
                        Locked(() => _store.PauseEndpoint(endpoint.Channel, decision.RetryAt!.Value));
                        string until = Iso(decision.RetryAt!.Value);
                        WatchEvents.WebhookThrottled(_log, endpoint.Url, decision.Problem, until);
                    }

                    break;
            }

            problem = decision.Problem;
            noAnswer = decision.Status is null ? noAnswer + 1 : 0;
            if (noAnswer >= Unreachable)
            {
                // No answer several times in a row: the endpoint is down, not the alert; the rest keep their place.
                stop = true;
            }
        }

        int left = disabled == 1 ? 0 : due.Count - attempted;
        if (left > 0 && noAnswer >= Unreachable)
        {
            WatchEvents.WebhookUnreachable(_log, endpoint.Url, problem, left);
        }

        bool nowFailing = failed + deadLetters > 0 || disabled > 0;
        lock (_gate)
        {
            if (nowFailing && _failing.Add(endpoint.Channel.Id) && disabled == 0)
            {
                WatchEvents.WebhookFailing(_log, endpoint.Url, problem, delivered, failed);
            }
            else if (!nowFailing && delivered > 0 && _failing.Remove(endpoint.Channel.Id))
            {
                WatchEvents.WebhookRecovered(_log, endpoint.Url, delivered);
            }
        }

        return new DeliveryReport(delivered, failed, deadLetters, disabled, left, due.Count == Batch && left == 0 && !stop) { Problem = problem };
    }

    private void Retry(WebhookEndpoint endpoint, string key, DeliveryDecision decision)
    {
        DateTimeOffset next = decision.RetryAt!.Value;
        Locked(() => _store.RecordFailure(key, endpoint.Channel, decision.Problem ?? "failed", _clock.GetUtcNow(), next));
        string when = Iso(next);
        WatchEvents.WebhookRetry(_log, endpoint.Url, key, decision.Problem, when);
    }

    private T Locked<T>(Func<T> action)
    {
        // One store connection for all the posts in flight: its calls take turns.
        lock (_gate)
        {
            return action();
        }
    }

    private void Locked(Action action)
    {
        lock (_gate)
        {
            action();
        }
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
