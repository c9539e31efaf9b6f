using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flowwatch.Web.Api;

/// <summary>The body of POST /api/screen.</summary>
/// <param name="Name">The name to screen (any romanization, Hangul, Cyrillic) or an IMO number.</param>
/// <param name="Type">person, entity, vessel, or nothing.</param>
/// <param name="Dob">The year of birth, as a number or text, if known.</param>
internal sealed record ScreenRequest(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("dob")] JsonElement? Dob);
