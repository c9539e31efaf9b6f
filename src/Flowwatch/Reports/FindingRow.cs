using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>A finding as the JSON, Markdown and HTML outputs write it.</summary>
public sealed record FindingRow
{
    /// <summary>The stable id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The detector (surge, pretext-shift, deadline-breach, suppression, inconsistency).</summary>
    [JsonPropertyName("detector")]
    public required string Detector { get; init; }

    /// <summary>The dataset id.</summary>
    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    /// <summary>The reporting country.</summary>
    [JsonPropertyName("reporter")]
    public required string Reporter { get; init; }

    /// <summary>The partner country.</summary>
    [JsonPropertyName("partner")]
    public required string Partner { get; init; }

    /// <summary>The category.</summary>
    [JsonPropertyName("breakdown")]
    public required string Breakdown { get; init; }

    /// <summary>The period.</summary>
    [JsonPropertyName("period")]
    public required string Period { get; init; }

    /// <summary>The figure found; null where nothing was published.</summary>
    [JsonPropertyName("observed")]
    public decimal? Observed { get; init; }

    /// <summary>What it is compared with.</summary>
    [JsonPropertyName("baseline")]
    public decimal? Baseline { get; init; }

    /// <summary>Observed over baseline.</summary>
    [JsonPropertyName("ratio")]
    public double? Ratio { get; init; }

    /// <summary>The detector's score.</summary>
    [JsonPropertyName("score")]
    public double Score { get; init; }

    /// <summary>low, medium or high.</summary>
    [JsonPropertyName("severity")]
    public required string Severity { get; init; }

    /// <summary>Ids of the rules it bears on.</summary>
    [JsonPropertyName("rules")]
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>One sentence with the numbers.</summary>
    [JsonPropertyName("explanation")]
    public required string Explanation { get; init; }

    /// <summary>Whether any figure it rests on is approximate or a lower bound.</summary>
    [JsonPropertyName("approximate")]
    public bool Approximate { get; init; }

    /// <summary>The figures it rests on.</summary>
    [JsonPropertyName("evidence")]
    public required IReadOnlyList<EvidenceRef> Evidence { get; init; }

    /// <summary>Context events near it.</summary>
    [JsonPropertyName("events")]
    public required IReadOnlyList<EventRef> Events { get; init; }
}
