using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>The frame a verdict was decided on, with the words that set each part of it.</summary>
public sealed record InterpretationRow
{
    /// <summary>The frame.</summary>
    [JsonPropertyName("frame")]
    public required FrameRow Frame { get; init; }

    /// <summary>True when the text clearly gives this frame (only a clear frame can make a claim contradicted).</summary>
    [JsonPropertyName("clear")]
    public required bool Clear { get; init; }

    /// <summary>How the period was found ("stated", "carried from the paragraph" ...).</summary>
    [JsonPropertyName("period_source")]
    public string? PeriodSource { get; init; }

    /// <summary>How who is counted was found.</summary>
    [JsonPropertyName("partner_source")]
    public string? PartnerSource { get; init; }

    /// <summary>The words of the input that set each part.</summary>
    [JsonPropertyName("words")]
    public required IReadOnlyList<FrameWordRow> Words { get; init; }
}
