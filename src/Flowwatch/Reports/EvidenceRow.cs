using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>A figure a verdict rests on, as the verify report writes it.</summary>
public sealed record EvidenceRow
{
    /// <summary>The dataset id.</summary>
    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    /// <summary>The category code.</summary>
    [JsonPropertyName("breakdown")]
    public required string Breakdown { get; init; }

    /// <summary>The period.</summary>
    [JsonPropertyName("period")]
    public required string Period { get; init; }

    /// <summary>The figure (a sum where the period was not published itself).</summary>
    [JsonPropertyName("value")]
    public required decimal Value { get; init; }

    /// <summary>Why it is shown: actual, compared with, whole, probably meant, matching figure.</summary>
    [JsonPropertyName("role")]
    public required string Role { get; init; }

    /// <summary>The reports that print the figure (or its parts).</summary>
    [JsonPropertyName("sources")]
    public required IReadOnlyList<CitationRef> Sources { get; init; }
}
