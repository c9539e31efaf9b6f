using System.Text.Json.Serialization;

namespace Flowwatch.Web.Api;

/// <summary>An ingested file: what `flowwatch sources` lists.</summary>
public sealed record SourceFileDto(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("publisher")] string Publisher,
    [property: JsonPropertyName("release_date")] string? ReleaseDate,
    [property: JsonPropertyName("ingested_at")] DateTimeOffset IngestedAt,
    [property: JsonPropertyName("rows")] int Rows)
{
    /// <summary>Whether the file is synthetic test data.</summary>
    [JsonPropertyName("synthetic")]
    public bool Synthetic { get; init; }

    /// <summary>The earliest publication date of its figures (release date, else cited reports, else ingest day).</summary>
    [JsonPropertyName("published_first")]
    public string? PublishedFirst { get; init; }

    /// <summary>The latest publication date of its figures.</summary>
    [JsonPropertyName("published_last")]
    public string? PublishedLast { get; init; }
}
