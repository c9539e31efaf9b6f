using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>One stored witness as read back: the figure as its file states it, and the file's row id (ingest order).</summary>
internal readonly record struct StoredWitness(Observation Observation, long SourceId)
{
    public Witness Witness => Observation.Witnesses[0];
}
