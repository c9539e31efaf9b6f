using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>A report that prints a figure, as outputs write it.</summary>
public sealed record CitationRef
{
    /// <summary>Its id in the citation list (<c>RFA-KO-20250204</c>).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The outlet.</summary>
    [JsonPropertyName("outlet")]
    public required string Outlet { get; init; }

    /// <summary>The publication date as given.</summary>
    [JsonPropertyName("date")]
    public required string Date { get; init; }

    /// <summary>Where it can be read.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }
}
