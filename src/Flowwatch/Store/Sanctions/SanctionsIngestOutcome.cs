namespace Flowwatch.Store.Sanctions;

/// <summary>What storing a list version did.</summary>
/// <param name="Version">The version as stored (or as stored before).</param>
/// <param name="Status">Stored, or unchanged because the same file was stored before.</param>
public sealed record SanctionsIngestOutcome(SanctionsListVersion Version, IngestStatus Status);
