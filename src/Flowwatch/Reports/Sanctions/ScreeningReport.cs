using System.Text.Json.Serialization;

namespace Flowwatch.Reports.Sanctions;

/// <summary>
/// The screening contract other tools rely on (issue 13): <c>{"query": ..., "matches": [...]}</c>, best first.
/// </summary>
public sealed record ScreeningReport
{
    /// <summary>The name as screened.</summary>
    [JsonPropertyName("query")]
    public required string Query { get; init; }

    /// <summary>The matches, best first.</summary>
    [JsonPropertyName("matches")]
    public required IReadOnlyList<ScreeningMatchRow> Matches { get; init; }
}
