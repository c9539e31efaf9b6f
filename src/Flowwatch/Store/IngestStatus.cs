namespace Flowwatch.Store;

/// <summary>What ingesting one file did.</summary>
public enum IngestStatus
{
    /// <summary>The file was new and its figures were stored.</summary>
    Stored,

    /// <summary>A file with the same content hash was ingested before; nothing was written.</summary>
    Unchanged,
}
