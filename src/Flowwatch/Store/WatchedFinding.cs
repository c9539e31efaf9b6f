namespace Flowwatch.Store;

/// <summary>A finding as the watcher remembers it between scans, to tell what changed.</summary>
/// <param name="Id">The finding's stable id.</param>
/// <param name="Severity">Its severity as a number (1 low, 2 medium, 3 high), so that the store need not know the analysis types.</param>
/// <param name="Fingerprint">A hash of its numbers: a different fingerprint under the same id is a revision.</param>
/// <param name="Body">The finding as JSON, so that an alert for a finding no longer raised can still show it.</param>
public sealed record WatchedFinding(string Id, int Severity, string Fingerprint, string Body);
