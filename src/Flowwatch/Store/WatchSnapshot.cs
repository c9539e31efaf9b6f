namespace Flowwatch.Store;

/// <summary>What the watcher saw at its last scan: the files in the store then and the findings they raised.</summary>
/// <param name="Sources">The SHA-256s of the files the scan read, in ordinal order.</param>
/// <param name="Findings">The findings it raised.</param>
/// <param name="ScannedAt">When (UTC).</param>
public sealed record WatchSnapshot(IReadOnlyList<string> Sources, IReadOnlyList<WatchedFinding> Findings, DateTimeOffset ScannedAt);
