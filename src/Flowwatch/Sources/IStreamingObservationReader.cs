namespace Flowwatch.Sources;

/// <summary>
/// A reader that can also read a file in bounded batches without holding it or its figures whole (the tidy CSV):
/// ingestion streams through it; <see cref="IObservationReader.Read"/> stays for callers that want every figure at once.
/// The problems reported are the same either way, except that a figure stated twice is left to the store's key when
/// streaming (the caller names it, with the same message).
/// </summary>
public interface IStreamingObservationReader : IObservationReader
{
    /// <summary>Opens the file: its encoding and shape are checked whole, chunk by chunk, before any figure is read.</summary>
    /// <param name="file">The file (on disk or in memory).</param>
    FigureStream Open(SourceFile file);
}
