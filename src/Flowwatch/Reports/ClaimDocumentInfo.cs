using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>What the verify report says about the document.</summary>
public sealed record ClaimDocumentInfo
{
    /// <summary>The language code the article was read in, one of <see cref="Analysis.Claims.ArticleChecker.Languages"/>.</summary>
    [JsonPropertyName("language")]
    public required string Language { get; init; }

    /// <summary>The publication date (yyyy-MM-dd), or null if unknown.</summary>
    [JsonPropertyName("published")]
    public string? Published { get; init; }
}
