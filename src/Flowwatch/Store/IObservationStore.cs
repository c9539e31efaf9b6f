using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>
/// Keeps figures with every file that attests them (witnesses), the files themselves and their revisions.
/// Ingest is all or nothing per file and idempotent by content hash. A file that states a figure the store
/// already has adds its witness and citations; a different value is a revision, and both values stay with
/// their witnesses. Queries can ask for what had been published by a day (<see cref="ObservationQuery.AsOf"/>)
/// or what the store held at an instant (<see cref="ObservationQuery.KnownAt"/>); synthetic files are left
/// out unless asked for.
/// </summary>
public interface IObservationStore : IDisposable
{
    /// <summary>Where the store is, for people: a file path or a server and database.</summary>
    string Location { get; }

    /// <summary>Stores a file's figures in one transaction.</summary>
    /// <param name="figures">A file and its figures, read without errors (<c>ReadResult.Accepted</c>).</param>
    /// <param name="progress">Told how many figures were written so far.</param>
    /// <exception cref="ArgumentException">The read has errors: the store refuses it whole.</exception>
    IngestOutcome Ingest(SourceFigures figures, IProgress<int>? progress = null);

    /// <summary>
    /// Stores a file's figures as its reader reads them, batch by batch, in one transaction: a figure stated twice, or a
    /// read that ends in an error (<see cref="IFigureSource.Accepted"/> null), refuses the file and nothing of it is kept
    /// (<see cref="IngestOutcome.Duplicates"/> names the figures stated twice).
    /// </summary>
    /// <param name="source">The file and its figures.</param>
    /// <param name="progress">Told how many figures were written so far.</param>
    IngestOutcome Ingest(IFigureSource source, IProgress<int>? progress = null);

    /// <summary>Whether a file with this SHA-256 was ingested (and not removed).</summary>
    bool HasSource(string sha256);

    /// <summary>Whether this file was ingested with this citation list, so that ingesting it again would change nothing.</summary>
    /// <param name="sha256">The file's SHA-256.</param>
    /// <param name="citationList">The SHA-256 of the citation list its ids resolve through, or null for none.</param>
    bool IsUnchanged(string sha256, string? citationList);

    /// <summary>
    /// The figure of each series and period matching the query: the value of its latest publication, with every
    /// witness stating that value (<see cref="Observation.Witnesses"/>) and the earlier values it superseded.
    /// </summary>
    IReadOnlyList<Observation> Current(ObservationQuery query);

    /// <summary>Every witness of every figure matching the query, one observation each, in order of publication.</summary>
    IReadOnlyList<Observation> History(ObservationQuery query);

    /// <summary>The ingested files, oldest first, synthetic ones included (marked).</summary>
    IReadOnlyList<SourceRecord> Sources();

    /// <summary>
    /// Takes files out of the store in one transaction, all or nothing: their witnesses go, figures fall back to
    /// their other witnesses, and each removal is recorded (<see cref="Removals"/>).
    /// </summary>
    /// <param name="sha256s">The files' full SHA-256s.</param>
    /// <returns>The records of the removals, or null (and nothing removed) when one of the files is not in the store.</returns>
    IReadOnlyList<Removal>? Remove(IReadOnlyList<string> sha256s);

    /// <summary>The files removed so far, oldest first.</summary>
    IReadOnlyList<Removal> Removals();
}
