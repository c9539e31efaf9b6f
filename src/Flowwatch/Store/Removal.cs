using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>A file taken out of the store with all its witnesses; the store keeps this record of it.</summary>
/// <param name="Document">The file that was removed.</param>
/// <param name="IngestedAt">When it had been ingested.</param>
/// <param name="RemovedAt">When it was removed.</param>
/// <param name="Rows">How many witnesses went with it.</param>
public sealed record Removal(SourceDocument Document, DateTimeOffset IngestedAt, DateTimeOffset RemovedAt, int Rows);
