namespace Flowwatch.Application.Watching;

/// <summary>What one pass of the watcher did.</summary>
/// <param name="Ingested">The outcome of each file read in this pass (unchanged files included).</param>
/// <param name="Changing">Files seen but still being written: read at a later pass.</param>
/// <param name="Scanned">Whether the detectors ran (the files in the store differed from the last scan's).</param>
/// <param name="Changes">How many findings changed.</param>
/// <param name="NewAlerts">How many alerts were added to the outbox.</param>
public sealed record PassResult(IReadOnlyList<FileOutcome> Ingested, IReadOnlyList<string> Changing, bool Scanned, int Changes, int NewAlerts)
{
    /// <summary>The sanctions-list files read in this pass (empty when no list is watched).</summary>
    public IReadOnlyList<Sanctions.SanctionsLoadOutcome> Lists { get; init; } = [];
}
