using System.Text.Json.Serialization;

namespace Flowwatch.Reports.Sanctions;

/// <summary>A designated name marked in an article, in the verify report's <c>designated_names</c>.</summary>
public sealed record DesignatedNameRow
{
    /// <summary>Offset of the first character in the article text.</summary>
    [JsonPropertyName("start")]
    public required int Start { get; init; }

    /// <summary>Offset after the last character.</summary>
    [JsonPropertyName("end")]
    public required int End { get; init; }

    /// <summary>The name as the article writes it.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>The listing's reference number.</summary>
    [JsonPropertyName("reference")]
    public required string Reference { get; init; }

    /// <summary>The listed primary name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The listed name or alias that matched.</summary>
    [JsonPropertyName("matched_name")]
    public required string MatchedName { get; init; }

    /// <summary>The regime (<c>DPRK</c> is the 1718 Committee).</summary>
    [JsonPropertyName("regime")]
    public required string Regime { get; init; }

    /// <summary>When the party was designated (yyyy-MM-dd).</summary>
    [JsonPropertyName("listed_on")]
    public string? ListedOn { get; init; }

    /// <summary>The reason the list gives.</summary>
    [JsonPropertyName("reason")]
    public required string Reason { get; init; }

    /// <summary>The match score.</summary>
    [JsonPropertyName("score")]
    public required double Score { get; init; }

    /// <summary>The matching rule (name, name-loose, words, acronym, imo).</summary>
    [JsonPropertyName("rule")]
    public required string Rule { get; init; }

    /// <summary>Which word matched which, and how.</summary>
    [JsonPropertyName("explanation")]
    public required string Explanation { get; init; }

    /// <summary>The list version: <c>dateGenerated</c> and file SHA-256.</summary>
    [JsonPropertyName("list")]
    public required string List { get; init; }
}
