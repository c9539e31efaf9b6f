namespace Flowwatch.Store;

/// <summary>
/// The watcher's state beside the figures: the last scan's findings and an outbox of alerts with their delivery
/// state per channel. Recording a scan and its alerts is one transaction, so a watcher killed at any moment
/// either recorded a change with all its alerts or nothing; an alert stays pending on a channel until that
/// channel confirms it or gives it up as a dead letter, so a restart sends it again with the same key.
/// </summary>
/// <remarks>
/// Each webhook endpoint is its own channel with its own state: a retry schedule per alert (attempts, the first
/// failure, the next attempt), a pause when it asked to be throttled, and a disabled mark when it answered 410 Gone.
/// The rules that fill these in are the application's (<c>Flowwatch.Application.Watching.DeliveryRules</c>); the
/// store only keeps what they decided.
/// </remarks>
public interface IWatchStore
{
    /// <summary>The last scan recorded, or null before the first.</summary>
    WatchSnapshot? LastScan();

    /// <summary>
    /// Replaces the last scan and adds the alerts it raised, pending on each of <paramref name="channels"/>, in one
    /// transaction. An alert whose key is already stored is not added again.
    /// </summary>
    /// <param name="scan">The new scan.</param>
    /// <param name="alerts">The changes since the previous scan.</param>
    /// <param name="channels">The channels each new alert must be delivered on.</param>
    /// <returns>How many alerts were new.</returns>
    int RecordScan(WatchSnapshot scan, IReadOnlyList<AlertRecord> alerts, IReadOnlyList<AlertChannel> channels);

    /// <summary>Alerts neither delivered nor given up on a channel, oldest first, whatever their retry schedule.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="limit">At most this many.</param>
    IReadOnlyList<AlertRecord> Pending(AlertChannel channel, int limit);

    /// <summary>
    /// Alerts pending on a channel whose next attempt is due at <paramref name="now"/> (never tried, or their retry
    /// time has come), oldest first, with their attempts so far.
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <param name="now">The time the retry times are compared with.</param>
    /// <param name="limit">At most this many.</param>
    IReadOnlyList<PendingDelivery> Due(AlertChannel channel, DateTimeOffset now, int limit);

    /// <summary>The earliest retry time of the alerts pending on a channel, or null when none waits for one.</summary>
    DateTimeOffset? NextRetry(AlertChannel channel);

    /// <summary>Records that a channel delivered an alert; it is not pending there any more.</summary>
    void MarkDelivered(string key, AlertChannel channel, DateTimeOffset at);

    /// <summary>
    /// Records a failed attempt: one more attempt, its error, the time of the first failure if this is it, and when to
    /// try again. The alert stays pending and is not due before <paramref name="retryAt"/>.
    /// </summary>
    void RecordFailure(string key, AlertChannel channel, string error, DateTimeOffset at, DateTimeOffset retryAt);

    /// <summary>Gives an alert up on a channel: it becomes a dead letter, no longer pending, kept for <see cref="Revive"/>.</summary>
    /// <param name="key">The alert.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="error">Why: the last failure.</param>
    /// <param name="at">When.</param>
    /// <param name="attempted">Whether this follows an attempt (it counts as one more).</param>
    void MarkDead(string key, AlertChannel channel, string error, DateTimeOffset at, bool attempted);

    /// <summary>
    /// The webhook endpoint at <paramref name="url"/>, named for the first time (a new channel) or again (its format
    /// updated to <paramref name="format"/>), with its state.
    /// </summary>
    WebhookEndpoint Endpoint(Uri url, WebhookFormat format);

    /// <summary>Every webhook endpoint the store has delivered to, with its state and counts.</summary>
    IReadOnlyList<WebhookEndpoint> Endpoints();

    /// <summary>Sends nothing to an endpoint before <paramref name="until"/> (it asked to be throttled).</summary>
    void PauseEndpoint(AlertChannel channel, DateTimeOffset until);

    /// <summary>
    /// Disables an endpoint (it answered 410 Gone) and turns every alert pending on it into a dead letter, in one
    /// transaction.
    /// </summary>
    /// <returns>How many alerts became dead letters.</returns>
    int DisableEndpoint(AlertChannel channel, string reason, DateTimeOffset at);

    /// <summary>Dead letters, oldest first: on one channel, or on every channel when <paramref name="channel"/> is null.</summary>
    IReadOnlyList<DeadLetter> DeadLetters(AlertChannel? channel, int limit);

    /// <summary>
    /// Makes dead letters pending again with a fresh schedule (due now, no attempts) and enables the endpoint again,
    /// in one transaction.
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <param name="keys">The alerts to revive; null for every dead letter of the channel.</param>
    /// <returns>How many were revived.</returns>
    int Revive(AlertChannel channel, IReadOnlyCollection<string>? keys);

    /// <summary>The latest alerts, newest first, delivered or not (the Atom feed).</summary>
    IReadOnlyList<AlertRecord> RecentAlerts(int limit);

    /// <summary>
    /// The alerts the last recorded scan raised (the changes the latest release brought), oldest first; none before
    /// the first scan or when that scan changed nothing.
    /// </summary>
    IReadOnlyList<AlertRecord> LastScanAlerts();
}
