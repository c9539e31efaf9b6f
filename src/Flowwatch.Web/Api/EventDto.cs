using System.Text.Json.Serialization;

namespace Flowwatch.Web.Api;

/// <summary>A context event as the API and the charts see it.</summary>
public sealed record EventDto(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("actors")] IReadOnlyList<string> Actors,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("source_url")] string SourceUrl);
