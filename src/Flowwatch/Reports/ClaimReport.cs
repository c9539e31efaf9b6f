using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>The JSON contract of `flowwatch verify --format json` (issue 4): the document and its checked claims.</summary>
public sealed record ClaimReport
{
    /// <summary>The document's language and publication date.</summary>
    [JsonPropertyName("document")]
    public required ClaimDocumentInfo Document { get; init; }

    /// <summary>The claims in the order they appear.</summary>
    [JsonPropertyName("claims")]
    public required IReadOnlyList<ClaimRow> Claims { get; init; }
}
