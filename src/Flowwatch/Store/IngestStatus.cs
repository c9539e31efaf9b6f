namespace Flowwatch.Store;

/// <summary>What ingesting one file did.</summary>
public enum IngestStatus
{
    /// <summary>The file was new and its figures were stored.</summary>
    Stored,

    /// <summary>A file with the same content hash was ingested before; nothing was written.</summary>
    Unchanged,

    /// <summary>
    /// The same file read with a changed citation list: its witnesses were replaced in one transaction, so that
    /// its figures carry the citations the list now gives.
    /// </summary>
    Updated,

    /// <summary>
    /// The file was refused while it was written (a figure stated twice, or an error its reader found late in the
    /// file): nothing of it was kept (<see cref="IngestOutcome.Duplicates"/> names the figures stated twice).
    /// </summary>
    Refused,
}
