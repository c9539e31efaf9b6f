using System.Text.Json.Serialization;

namespace Flowwatch.Reports.ClaimReview;

/// <summary>
/// One checked claim as a schema.org <c>ClaimReview</c> (JSON-LD), the markup fact-checkers publish
/// (https://schema.org/ClaimReview). Every property name is a schema.org term; the rating scale is in docs/claims.md.
/// </summary>
public sealed record ClaimReviewRow
{
    /// <summary>The JSON-LD context: schema.org.</summary>
    [JsonPropertyName("@context")]
    public string Context { get; init; } = "https://schema.org";

    /// <summary>The type: ClaimReview.</summary>
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "ClaimReview";

    /// <summary>The claim as the article states it: its sentence.</summary>
    [JsonPropertyName("claimReviewed")]
    public required string ClaimReviewed { get; init; }

    /// <summary>The verdict on the scale of docs/claims.md, with its name in <c>alternateName</c>.</summary>
    [JsonPropertyName("reviewRating")]
    public required ClaimReviewRating ReviewRating { get; init; }

    /// <summary>The claim and where it appeared.</summary>
    [JsonPropertyName("itemReviewed")]
    public required ClaimReviewClaim ItemReviewed { get; init; }

    /// <summary>Who reviewed it (the configured organisation).</summary>
    [JsonPropertyName("author")]
    public required ClaimReviewOrganization Author { get; init; }

    /// <summary>The day the review was made (yyyy-MM-dd).</summary>
    [JsonPropertyName("datePublished")]
    public required string DatePublished { get; init; }

    /// <summary>The explanation of the verdict, with the figures it rests on.</summary>
    [JsonPropertyName("reviewBody")]
    public required string ReviewBody { get; init; }
}

/// <summary>A schema.org <c>Rating</c>: the verdict.</summary>
public sealed record ClaimReviewRating
{
    /// <summary>The type: Rating.</summary>
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "Rating";

    /// <summary>1 contradicted, 2 partly supported, 3 supported; absent for not checkable (no rating is given where the figures cannot tell).</summary>
    [JsonPropertyName("ratingValue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RatingValue { get; init; }

    /// <summary>The best value of the scale: 3.</summary>
    [JsonPropertyName("bestRating")]
    public int BestRating { get; init; } = 3;

    /// <summary>The worst value of the scale: 1.</summary>
    [JsonPropertyName("worstRating")]
    public int WorstRating { get; init; } = 1;

    /// <summary>The verdict's name in words (supported, partly supported, contradicted, not checkable).</summary>
    [JsonPropertyName("alternateName")]
    public required string AlternateName { get; init; }

    /// <summary>The rule that decided, and why.</summary>
    [JsonPropertyName("ratingExplanation")]
    public required string RatingExplanation { get; init; }
}

/// <summary>A schema.org <c>Claim</c>: what was said, where it appeared first and here.</summary>
public sealed record ClaimReviewClaim
{
    /// <summary>The type: Claim.</summary>
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "Claim";

    /// <summary>The number as written with its qualifier.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The article checked, where its address or date is known.</summary>
    [JsonPropertyName("appearance")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClaimReviewWork? Appearance { get; init; }

    /// <summary>The earliest known article that printed the same number with the same reading (the genealogy), where one is known.</summary>
    [JsonPropertyName("firstAppearance")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClaimReviewWork? FirstAppearance { get; init; }
}

/// <summary>A schema.org <c>NewsArticle</c>: an article a claim appeared in.</summary>
public sealed record ClaimReviewWork
{
    /// <summary>The type: NewsArticle.</summary>
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "NewsArticle";

    /// <summary>Its address, where known.</summary>
    [JsonPropertyName("url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }

    /// <summary>Its publication day, where known.</summary>
    [JsonPropertyName("datePublished")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DatePublished { get; init; }

    /// <summary>Its outlet, where known.</summary>
    [JsonPropertyName("publisher")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClaimReviewOrganization? Publisher { get; init; }

    /// <summary>Its language, where known.</summary>
    [JsonPropertyName("inLanguage")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InLanguage { get; init; }
}

/// <summary>A schema.org <c>Organization</c>.</summary>
public sealed record ClaimReviewOrganization
{
    /// <summary>The type: Organization.</summary>
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "Organization";

    /// <summary>Its name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Its address, where known.</summary>
    [JsonPropertyName("url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }
}
