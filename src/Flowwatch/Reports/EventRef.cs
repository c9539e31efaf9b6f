using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>A context event as outputs write it.</summary>
public sealed record EventRef
{
    /// <summary>yyyy-MM-dd.</summary>
    [JsonPropertyName("date")]
    public required string Date { get; init; }

    /// <summary>What happened.</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>sanctions, diplomacy, military, data ...</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>Where it is reported.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }
}
