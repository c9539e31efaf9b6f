using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>One file that states a figure, as outputs write it.</summary>
public sealed record WitnessRef
{
    /// <summary>The value this witness states (differs from the figure's for a superseded revision).</summary>
    [JsonPropertyName("value")]
    public required decimal Value { get; init; }

    /// <summary>How it states it: <c>as_published</c>, <c>approximate</c>, <c>lower_bound</c> or <c>derived</c>.</summary>
    [JsonPropertyName("flag")]
    public required string Flag { get; init; }

    /// <summary>The file.</summary>
    [JsonPropertyName("file")]
    public required string File { get; init; }

    /// <summary>The file's SHA-256.</summary>
    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }

    /// <summary>The line or cell in the file.</summary>
    [JsonPropertyName("locator")]
    public required string Locator { get; init; }

    /// <summary>When the figure was public through this witness (yyyy-MM-dd), where known.</summary>
    [JsonPropertyName("published")]
    public string? Published { get; init; }

    /// <summary>Whether the file is synthetic test data.</summary>
    [JsonPropertyName("synthetic")]
    public bool Synthetic { get; init; }

    /// <summary>The ids (or URLs) of the reports this witness cites.</summary>
    [JsonPropertyName("citations")]
    public required IReadOnlyList<string> Citations { get; init; }
}
