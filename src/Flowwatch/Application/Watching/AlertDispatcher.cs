using Flowwatch.Store;

namespace Flowwatch.Application.Watching;

/// <summary>
/// Delivers the outbox: each pending alert on each channel, in order, marked delivered only once the channel took it.
/// A watcher killed between sending and marking sends the alert again after a restart, with the same key: at least
/// once, never under a new key.
/// </summary>
public sealed class AlertDispatcher
{
    private const int Batch = 100;

    private readonly IWatchStore _store;
    private readonly TimeProvider _clock;

    /// <summary>A dispatcher over the outbox in <paramref name="store"/>.</summary>
    public AlertDispatcher(IWatchStore store, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _clock = clock ?? TimeProvider.System;
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

    /// <summary>
    /// Posts each pending alert. Stops at the first alert the webhook does not take after its retries, so that
    /// alerts arrive in order; the rest wait for the next pass.
    /// </summary>
    /// <returns>How many were accepted, and the last problem when one was refused.</returns>
    public async Task<(int Delivered, string? Problem)> PostAsync(WebhookClient webhook, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        int delivered = 0;
        IReadOnlyList<AlertRecord> pending;
        while ((pending = _store.Pending(AlertChannel.Webhook, Batch)).Count > 0)
        {
            foreach (AlertRecord alert in pending)
            {
                string? problem = null;
                bool ok = await webhook.PostAsync(alert.Key, alert.Body, (_, why) =>
                {
                    problem = why;
                    _store.RecordFailure(alert.Key, AlertChannel.Webhook, why);
                }, cancel).ConfigureAwait(false);
                if (!ok)
                {
                    return (delivered, problem);
                }

                _store.MarkDelivered(alert.Key, AlertChannel.Webhook, _clock.GetUtcNow());
                delivered++;
            }
        }

        return (delivered, null);
    }
}
