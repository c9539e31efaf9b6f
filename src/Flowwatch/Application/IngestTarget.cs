namespace Flowwatch.Application;

/// <summary>A file to ingest, and whether it was named on its own or found by searching a folder.</summary>
/// <param name="Path">The file.</param>
/// <param name="FoundInFolder">
/// Found in a folder: when no reader knows it, it is skipped and counted, not an error (a README or an article
/// beside the data). A file named on its own that is not data is an error.
/// </param>
public sealed record IngestTarget(string Path, bool FoundInFolder);
