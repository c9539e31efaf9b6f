using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>An ingested file as the store keeps it.</summary>
/// <param name="Document">Hash, name, format, publisher, release date and whether it is synthetic.</param>
/// <param name="IngestedAt">When it was ingested (UTC).</param>
/// <param name="Rows">How many figures it held.</param>
public sealed record SourceRecord(SourceDocument Document, DateTimeOffset IngestedAt, int Rows)
{
    /// <summary>
    /// The earliest and latest publication dates of its figures (the release date, else the reports each figure
    /// cites, else the ingest day); null when the file holds no figures.
    /// </summary>
    public (DateOnly First, DateOnly Last)? Published { get; init; }
}
