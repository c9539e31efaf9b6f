using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>An ingested file as the store keeps it.</summary>
/// <param name="Document">Hash, name, format, publisher.</param>
/// <param name="IngestedAt">When it was ingested (UTC).</param>
/// <param name="Rows">How many figures it held.</param>
public sealed record SourceRecord(SourceDocument Document, DateTimeOffset IngestedAt, int Rows);
