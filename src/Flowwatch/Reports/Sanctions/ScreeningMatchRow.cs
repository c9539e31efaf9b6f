using System.Text.Json.Serialization;

namespace Flowwatch.Reports.Sanctions;

/// <summary>One match in the screening contract.</summary>
public sealed record ScreeningMatchRow
{
    /// <summary>The list's reference number (KPi.002).</summary>
    [JsonPropertyName("reference")]
    public required string Reference { get; init; }

    /// <summary>The listed primary name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The listed name or alias that matched.</summary>
    [JsonPropertyName("matched_name")]
    public required string MatchedName { get; init; }

    /// <summary><c>person</c> or <c>entity</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>0 to 1, two decimals.</summary>
    [JsonPropertyName("score")]
    public required double Score { get; init; }

    /// <summary>The calibrated decision: score at or above the alert threshold.</summary>
    [JsonPropertyName("alert")]
    public required bool Alert { get; init; }

    /// <summary>Which word matched which, and how, and the words that matched nothing.</summary>
    [JsonPropertyName("explanation")]
    public required string Explanation { get; init; }

    /// <summary>Whether the listed name is one many people carry: confirm by date of birth or nationality.</summary>
    [JsonPropertyName("common_name")]
    public bool CommonName { get; init; }

    /// <summary>The list the party is on: publisher, regime or program, and version (date generated, file SHA-256).</summary>
    [JsonPropertyName("list")]
    public string? List { get; init; }
}
