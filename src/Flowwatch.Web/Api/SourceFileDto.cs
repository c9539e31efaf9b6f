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
    [property: JsonPropertyName("rows")] int Rows);
