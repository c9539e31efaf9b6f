using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>Sorts a file's figures into new, confirmed and revised against the store's latest values; shared by the engines.</summary>
/// <remarks>A figure stating the same value confirms it whatever its flag: it becomes one more witness of that value.</remarks>
internal sealed class RevisionTracker
{
    private readonly Dictionary<(long Series, Period Period), (decimal Value, ObservationFlag Flag, string File)> _current;

    public RevisionTracker(Dictionary<(long Series, Period Period), (decimal Value, ObservationFlag Flag, string File)> current) => _current = current;

    public int Added { get; private set; }

    public int Confirmed { get; private set; }

    public List<Revision> Revisions { get; } = [];

    public void Classify(long seriesId, Observation o)
    {
        if (!_current.TryGetValue((seriesId, o.Period), out var before))
        {
            Added++;
        }
        else if (before.Value == o.Value)
        {
            Confirmed++;
        }
        else
        {
            Revisions.Add(new Revision(o.Key, o.Period, before.Value, before.Flag, o.Value, o.Flag, before.File));
        }
    }

    public IngestOutcome Outcome(SourceDocument document, bool replaced = false) =>
        new(document, replaced ? IngestStatus.Updated : IngestStatus.Stored, Added, Confirmed, Revisions);
}
