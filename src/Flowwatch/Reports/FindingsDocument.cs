using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>The JSON document <c>flowwatch scan --format json</c> prints: <c>{"findings": [...]}</c>.</summary>
public sealed record FindingsDocument
{
    /// <summary>The findings, most severe first.</summary>
    [JsonPropertyName("findings")]
    public required IReadOnlyList<FindingRow> Findings { get; init; }
}
