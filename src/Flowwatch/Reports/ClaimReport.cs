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

    /// <summary>
    /// How many claims the article states beyond the first <see cref="Analysis.Claims.ArticleChecker.MaxClaims"/>, which
    /// are checked and answered in full; absent when none is left out. No news article comes near the bound: it keeps the
    /// work and the answer for a pasted document proportionate to it (thousands of repeated sentences made answers 50
    /// times the size of the paste).
    /// </summary>
    [JsonPropertyName("claims_left_out")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ClaimsLeftOut { get; init; }

    /// <summary>Designated names (UN sanctions list) the article mentions, when they were looked for (issue 13).</summary>
    [JsonPropertyName("designated_names")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Sanctions.DesignatedNameRow>? DesignatedNames { get; init; }
}
