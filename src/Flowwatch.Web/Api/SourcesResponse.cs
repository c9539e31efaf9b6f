using System.Text.Json.Serialization;

namespace Flowwatch.Web.Api;

/// <summary>The answer of GET /api/sources.</summary>
public sealed record SourcesResponse(
    [property: JsonPropertyName("files")] IReadOnlyList<SourceFileDto> Files,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationDto> Citations);
