using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>One figure of a series as the JSON and CSV outputs write it (the contract of <c>flowwatch series --format json</c> and <c>GET /api/series</c>).</summary>
public sealed record SeriesRow
{
    /// <summary>The dataset id.</summary>
    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    /// <summary>The unit of <see cref="Value"/> as the dataset states it (<c>thousand trips</c>, <c>registrations</c>); figures are never rescaled. Empty for a dataset not in the catalogue.</summary>
    [JsonPropertyName("unit")]
    public string Unit { get; init; } = "";

    /// <summary>The reporting country (ISO alpha-2).</summary>
    [JsonPropertyName("reporter")]
    public required string Reporter { get; init; }

    /// <summary>The partner country (ISO alpha-2).</summary>
    [JsonPropertyName("partner")]
    public required string Partner { get; init; }

    /// <summary>The category: a purpose, mode or visa type.</summary>
    [JsonPropertyName("breakdown")]
    public required string Breakdown { get; init; }

    /// <summary>The period (<c>2024</c>, <c>2024-Q3</c>).</summary>
    [JsonPropertyName("period")]
    public required string Period { get; init; }

    /// <summary>The figure.</summary>
    [JsonPropertyName("value")]
    public required decimal Value { get; init; }

    /// <summary><c>as_published</c>, <c>approximate</c>, <c>lower_bound</c> or <c>derived</c>.</summary>
    [JsonPropertyName("flag")]
    public required string Flag { get; init; }

    /// <summary>Whether published parts disagree with this published whole.</summary>
    [JsonPropertyName("disputed")]
    public bool Disputed { get; init; }

    /// <summary>The published figures the value rests on, each with its file, place and citations.</summary>
    [JsonPropertyName("sources")]
    public required IReadOnlyList<SourceRef> Sources { get; init; }

    /// <summary>Published parts that do not add up to this figure, in words.</summary>
    [JsonPropertyName("disagreements")]
    public required IReadOnlyList<string> Disagreements { get; init; }
}
