using System.Globalization;
using System.Text;
using Flowwatch.Analysis.Claims;
using Flowwatch.Analysis.Trace;
using Flowwatch.Model.Articles;
using Flowwatch.Reports;
using Flowwatch.Reports.ClaimReview;
using Flowwatch.Sources;
using Flowwatch.Sources.Articles;

namespace Flowwatch.Application.Articles;

/// <summary>
/// A checked article's claims as schema.org ClaimReviews (<c>verify --format claimreview</c>, <c>POST /api/verify?format=claimreview</c>):
/// the verdict as a rating (docs/claims.md gives the scale), the article as the claim's appearance, and its first known
/// appearance from the genealogy of the articles in the store.
/// </summary>
public static class ClaimReviews
{
    /// <summary>The rating value of a verdict on the scale 1 (contradicted) to 3 (supported); null for not checkable.</summary>
    public static int? RatingValue(Verdict verdict) => verdict switch
    {
        Verdict.Contradicted => 1,
        Verdict.PartlySupported => 2,
        Verdict.Supported => 3,
        _ => null,
    };

    /// <summary>The verdict's name in words, as <c>alternateName</c> carries it.</summary>
    public static string AlternateName(Verdict verdict) => ClaimReports.Name(verdict).Replace('_', ' ');

    /// <summary>One ClaimReview per checked claim of an article given as text: its front matter, where it has one, names the appearance.</summary>
    /// <param name="verified">The checked article.</param>
    /// <param name="text">The article's text as given, front matter and all.</param>
    /// <param name="fileName">The name the article came under, for its document.</param>
    /// <param name="known">The genealogy of the stored articles, for the first appearance; null when none is known.</param>
    /// <param name="author">The reviewing organisation.</param>
    /// <param name="reviewed">The day the review is made.</param>
    public static IReadOnlyList<ClaimReviewRow> For(VerifiedArticle verified, string text, string fileName, TraceResult? known, ClaimReviewAuthor author, DateOnly reviewed)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArticleDocument? document = ArticleReader.Read(new SourceFile(fileName, Encoding.UTF8.GetBytes(text))).Article;
        return For(verified, document, known, author, reviewed);
    }

    /// <summary>One ClaimReview per checked claim, in the order of the claims.</summary>
    /// <param name="verified">The checked article.</param>
    /// <param name="article">The article's document (front matter), or null when the text had none with a date.</param>
    /// <param name="known">The genealogy of the stored articles, for the first appearance; null when none is known.</param>
    /// <param name="author">The reviewing organisation.</param>
    /// <param name="reviewed">The day the review is made.</param>
    public static IReadOnlyList<ClaimReviewRow> For(VerifiedArticle verified, ArticleDocument? article, TraceResult? known, ClaimReviewAuthor author, DateOnly reviewed)
    {
        ArgumentNullException.ThrowIfNull(verified);
        ArgumentNullException.ThrowIfNull(author);
        ArticleCheck check = verified.Check;
        IReadOnlyList<TracedClaim>? placed = article is null ? null : ClaimPlacement.Place(article, check);
        string? url = article?.Url ?? check.Article.Url;
        string? published = (article?.Published ?? check.Published)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        ClaimReviewWork? appearance = url is null && published is null ? null : new ClaimReviewWork
        {
            Url = url,
            DatePublished = published,
            Publisher = article is null ? null : new ClaimReviewOrganization { Name = article.Outlet },
            InLanguage = check.Language,
        };
        var reviews = new List<ClaimReviewRow>(check.Claims.Count);
        for (int i = 0; i < check.Claims.Count; i++)
        {
            CheckedClaim c = check.Claims[i];
            reviews.Add(new ClaimReviewRow
            {
                ClaimReviewed = c.Claim.Sentence.Trim(),
                ReviewRating = new ClaimReviewRating
                {
                    RatingValue = RatingValue(c.Verdict),
                    AlternateName = AlternateName(c.Verdict),
                    RatingExplanation = $"Rule {c.Rule}: {c.Explanation}",
                },
                ItemReviewed = new ClaimReviewClaim
                {
                    Name = c.Claim.Text,
                    Appearance = appearance,
                    FirstAppearance = placed is null ? null : FirstAppearance(placed[i], appearance, known),
                },
                Author = new ClaimReviewOrganization { Name = author.Name, Url = author.Url },
                DatePublished = reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ReviewBody = c.Explanation + " " + verified.Basis,
            });
        }

        return reviews;
    }

    // The earliest known article that states the same number with the same reading of the same figure: a stored one
    // printed before this article, else this article itself (the first known appearance, as schema.org defines it).
    private static ClaimReviewWork? FirstAppearance(TracedClaim claim, ClaimReviewWork? here, TraceResult? known)
    {
        if (claim.Figure is not { } figure)
        {
            return null;
        }

        ClaimVariant? variant = known?.Figures.FirstOrDefault(g => g.Figure == figure)?.Variants
            .FirstOrDefault(v => v.Claimed == claim.Claimed && v.Reading == claim.Reading);
        if (variant is null || variant.First.Article.Sha256 == claim.Article.Sha256 || variant.First.Article.Published > claim.Article.Published)
        {
            return here;
        }

        ArticleDocument first = variant.First.Article;
        return new ClaimReviewWork
        {
            Url = first.Url,
            DatePublished = first.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Publisher = new ClaimReviewOrganization { Name = first.Outlet },
            InLanguage = first.Language,
        };
    }
}
