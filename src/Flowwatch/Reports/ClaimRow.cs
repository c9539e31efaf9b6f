using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>One checked claim as the verify report writes it.</summary>
public sealed record ClaimRow
{
    /// <summary>Character offset of the claim in the input as given.</summary>
    [JsonPropertyName("start")]
    public required int Start { get; init; }

    /// <summary>Character offset just past the claim in the input as given.</summary>
    [JsonPropertyName("end")]
    public required int End { get; init; }

    /// <summary>The number as written with its qualifier or multiple word.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>The sentence it stands in.</summary>
    [JsonPropertyName("sentence")]
    public required string Sentence { get; init; }

    /// <summary>The number, hedge and kind.</summary>
    [JsonPropertyName("quantity")]
    public required QuantityRow Quantity { get; init; }

    /// <summary>What it is about.</summary>
    [JsonPropertyName("frame")]
    public required FrameRow Frame { get; init; }

    /// <summary>supported, contradicted, partly_supported or not_checkable.</summary>
    [JsonPropertyName("verdict")]
    public required string Verdict { get; init; }

    /// <summary>The figure compared with (count, ratio or percentage), if any.</summary>
    [JsonPropertyName("actual")]
    public decimal? Actual { get; init; }

    /// <summary>The policy rule that decided.</summary>
    [JsonPropertyName("rule")]
    public required string Rule { get; init; }

    /// <summary>Why, in words.</summary>
    [JsonPropertyName("explanation")]
    public required string Explanation { get; init; }

    /// <summary>The figures the verdict rests on.</summary>
    [JsonPropertyName("evidence")]
    public required IReadOnlyList<EvidenceRow> Evidence { get; init; }

    /// <summary>(claimed - actual) / actual: how far the number is from the figure it was checked against.</summary>
    [JsonPropertyName("relative_error")]
    public decimal? RelativeError { get; init; }

    /// <summary>The frame the verdict was decided on and the words that set it.</summary>
    [JsonPropertyName("interpretation")]
    public InterpretationRow? Interpretation { get; init; }

    /// <summary>The other frames considered, with their values.</summary>
    [JsonPropertyName("alternatives")]
    public IReadOnlyList<AlternativeRow> Alternatives { get; init; } = [];
}
