namespace Flowwatch.Store;

/// <summary>
/// The watcher's state beside the figures: the last scan's findings and an outbox of alerts with their delivery
/// state per channel. Recording a scan and its alerts is one transaction, so a watcher killed at any moment
/// either recorded a change with all its alerts or nothing; an alert stays pending on a channel until that
/// channel confirms it, so a restart sends it again with the same key.
/// </summary>
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

    /// <summary>Alerts not yet delivered on a channel, oldest first.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="limit">At most this many.</param>
    IReadOnlyList<AlertRecord> Pending(AlertChannel channel, int limit);

    /// <summary>Records that a channel delivered an alert; it is not pending there any more.</summary>
    void MarkDelivered(string key, AlertChannel channel, DateTimeOffset at);

    /// <summary>Records a failed attempt (kept for people reading the store; the alert stays pending).</summary>
    void RecordFailure(string key, AlertChannel channel, string error);

    /// <summary>The latest alerts, newest first, delivered or not (the Atom feed).</summary>
    IReadOnlyList<AlertRecord> RecentAlerts(int limit);

    /// <summary>
    /// The alerts the last recorded scan raised (the changes the latest release brought), oldest first; none before
    /// the first scan or when that scan changed nothing.
    /// </summary>
    IReadOnlyList<AlertRecord> LastScanAlerts();
}
