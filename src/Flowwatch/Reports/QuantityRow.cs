using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>A claimed number as the verify report writes it.</summary>
public sealed record QuantityRow
{
    /// <summary>The value with its scale applied.</summary>
    [JsonPropertyName("value")]
    public required decimal Value { get; init; }

    /// <summary>none, about, almost, up_to, more_than, at_least, less_than.</summary>
    [JsonPropertyName("qualifier")]
    public required string Qualifier { get; init; }

    /// <summary>count, multiple, share, percent_change.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }
}
