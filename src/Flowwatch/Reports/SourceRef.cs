using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>A published figure's origin, as outputs write it.</summary>
public sealed record SourceRef
{
    /// <summary>The period of the figure (differs from the row's for summed parts).</summary>
    [JsonPropertyName("period")]
    public required string Period { get; init; }

    /// <summary>The figure.</summary>
    [JsonPropertyName("value")]
    public required decimal Value { get; init; }

    /// <summary>The file it was read from.</summary>
    [JsonPropertyName("file")]
    public required string File { get; init; }

    /// <summary>The file's SHA-256.</summary>
    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }

    /// <summary>The line or cell in the file.</summary>
    [JsonPropertyName("locator")]
    public required string Locator { get; init; }

    /// <summary>Who published it.</summary>
    [JsonPropertyName("publisher")]
    public required string Publisher { get; init; }

    /// <summary>What the source says about the figure, or how Flowwatch derived it; null when nothing.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; init; }

    /// <summary>The reports that print it.</summary>
    [JsonPropertyName("citations")]
    public required IReadOnlyList<CitationRef> Citations { get; init; }
}
