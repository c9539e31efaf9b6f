using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>A figure a finding rests on: its series, period, value, flag, place in its file and citations.</summary>
public sealed record EvidenceRef
{
    /// <summary>The dataset id.</summary>
    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    /// <summary>The category.</summary>
    [JsonPropertyName("breakdown")]
    public required string Breakdown { get; init; }

    /// <summary>The period.</summary>
    [JsonPropertyName("period")]
    public required string Period { get; init; }

    /// <summary>The figure.</summary>
    [JsonPropertyName("value")]
    public required decimal Value { get; init; }

    /// <summary>as_published, approximate, lower_bound or derived.</summary>
    [JsonPropertyName("flag")]
    public required string Flag { get; init; }

    /// <summary>The file and line or cell.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>The reports that print it.</summary>
    [JsonPropertyName("citations")]
    public required IReadOnlyList<CitationRef> Citations { get; init; }

    /// <summary>Every file that states the figure, in order of publication.</summary>
    [JsonPropertyName("witnesses")]
    public IReadOnlyList<WitnessRef> Witnesses { get; init; } = [];

    /// <summary>Whether the figure rests on synthetic test data (only with --include-synthetic).</summary>
    [JsonPropertyName("synthetic")]
    public bool Synthetic { get; init; }
}
