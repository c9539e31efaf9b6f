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

    /// <summary>The reports that print it, from every witness.</summary>
    [JsonPropertyName("citations")]
    public required IReadOnlyList<CitationRef> Citations { get; init; }

    /// <summary>Every file that states this value, in order of publication.</summary>
    [JsonPropertyName("witnesses")]
    public IReadOnlyList<WitnessRef> Witnesses { get; init; } = [];

    /// <summary>Earlier values that later releases revised, each with its witness, oldest first.</summary>
    [JsonPropertyName("revisions")]
    public IReadOnlyList<WitnessRef> Revisions { get; init; } = [];

    /// <summary>Whether any witness is synthetic test data.</summary>
    [JsonPropertyName("synthetic")]
    public bool Synthetic { get; init; }
}
