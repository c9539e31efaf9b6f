using Flowwatch.Application.Articles;
using Flowwatch.Reports;
using Flowwatch.Store;

namespace Flowwatch.Web.Data;

/// <summary>The check-article use case over the server's snapshot: the article in, the claims contract and its notes out.</summary>
internal static class ArticleChecking
{
    /// <summary>Checks the article (<see cref="ArticleVerification"/>); input the checker refuses comes back as a problem.</summary>
    /// <param name="input">The article.</param>
    /// <param name="store">The figures.</param>
    /// <param name="result">The outcome; its JSON is the ClaimReview JSON-LD when <paramref name="reviews"/> is given.</param>
    /// <param name="problem">Why the article could not be checked.</param>
    /// <param name="sanctions">The list designated names are marked with.</param>
    /// <param name="reviews">The stored articles, when the answer is to be schema.org ClaimReviews (their first appearances come from the genealogy).</param>
    public static bool TryCheck(ArticleInput input, StoreView store, out CheckedArticle? result, out string? problem, SanctionsView? sanctions = null, ArticlesView? reviews = null)
    {
        result = null;
        StoreSnapshot snapshot = store.Snapshot;
        var figures = new ArticleFigures(snapshot.Current, day => store.AsOf(ObservationQuery.All with { AsOf = day }), StoreSnapshot.References)
        {
            LatestVerifier = snapshot.Verifier,
        };
        if (!ArticleVerification.TryVerify(input, figures, sanctions?.Screening, out VerifiedArticle? verified, out problem))
        {
            return false;
        }

        if (reviews is not null)
        {
            // The article's front matter names its outlet; the stored articles' genealogy gives each claim's first known appearance.
            var rows = ClaimReviews.For(verified!, input.Text, "article.txt", reviews.Trace, ClaimReviewAuthor.Resolve(null, null), DateOnly.FromDateTime(DateTime.UtcNow));
            result = new CheckedArticle(System.Text.Json.JsonSerializer.Serialize(rows, Reports.ClaimReview.ClaimReviewJsonContext.Readable.IReadOnlyListClaimReviewRow), verified!.Report());
            return true;
        }

        ClaimReport report = verified!.Report();
        result = new CheckedArticle(System.Text.Json.JsonSerializer.Serialize(report, ClaimJsonContext.Readable.ClaimReport), report)
        {
            ReleaseNotes = [verified.Basis, .. verified.LaterReleaseLines],
            LeftOutNote = verified.LeftOutNote,
        };
        return true;
    }
}
