using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>Another frame considered for a claim, with what it gave.</summary>
public sealed record AlternativeRow
{
    /// <summary>The frame.</summary>
    [JsonPropertyName("frame")]
    public required FrameRow Frame { get; init; }

    /// <summary>True when the text gives this frame as clearly as the claim's own.</summary>
    [JsonPropertyName("clear")]
    public required bool Clear { get; init; }

    /// <summary>Its verdict; null when it was listed but not needed.</summary>
    [JsonPropertyName("verdict")]
    public string? Verdict { get; init; }

    /// <summary>The figure it gave, if any.</summary>
    [JsonPropertyName("value")]
    public decimal? Value { get; init; }

    /// <summary>The rule that decided it.</summary>
    [JsonPropertyName("rule")]
    public string? Rule { get; init; }
}
