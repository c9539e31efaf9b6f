using Flowwatch.Model;
using Flowwatch.Sources;

namespace Flowwatch.Store;

/// <summary>
/// Keeps observations, the files they came from and their revisions. Ingest is all or nothing per
/// file and idempotent by content hash; a later file's figure supersedes an earlier one, and both stay
/// queryable through <see cref="ObservationQuery.AsOf"/>.
/// </summary>
public interface IObservationStore : IDisposable
{
    /// <summary>Where the store is, for people: a file path or a server and database.</summary>
    string Location { get; }

    /// <summary>Stores a file's figures in one transaction.</summary>
    /// <param name="result">A read without errors.</param>
    /// <param name="progress">Told how many figures were written so far.</param>
    /// <exception cref="ArgumentException">The read has errors: the store refuses it whole.</exception>
    IngestOutcome Ingest(ReadResult result, IProgress<int>? progress = null);

    /// <summary>Whether a file with this SHA-256 was ingested.</summary>
    bool HasSource(string sha256);

    /// <summary>The latest revision of each figure matching the query.</summary>
    IReadOnlyList<Observation> Current(ObservationQuery query);

    /// <summary>Every revision of every figure matching the query, oldest first.</summary>
    IReadOnlyList<Observation> History(ObservationQuery query);

    /// <summary>The ingested files, oldest first.</summary>
    IReadOnlyList<SourceRecord> Sources();
}
