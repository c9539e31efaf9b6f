using System.Text.Json.Serialization;

namespace Flowwatch.Web.Api;

/// <summary>A bundled citation: the outlet and address a reported figure was read from.</summary>
public sealed record CitationDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("outlet")] string Outlet,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("url")] string Url);
