using System.Text.Json.Serialization;

namespace Flowwatch.Application.Watching;

/// <summary>One changed field of an amended list entry in an alert: its values before and after.</summary>
public sealed record ListFieldChange
{
    /// <summary>The field: name, aliases, regime, listed_on, reason, dates_of_birth, nationality, passports, addresses, imo_numbers.</summary>
    [JsonPropertyName("field")]
    public required string Field { get; init; }

    /// <summary>Its values in the version watched before.</summary>
    [JsonPropertyName("before")]
    public required IReadOnlyList<string> Before { get; init; }

    /// <summary>Its values in the new version.</summary>
    [JsonPropertyName("after")]
    public required IReadOnlyList<string> After { get; init; }

    /// <summary>The change in words, as `sanctions diff` prints it.</summary>
    [JsonPropertyName("description")]
    public required string Description { get; init; }
}
