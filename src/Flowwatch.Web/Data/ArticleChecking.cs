using Flowwatch.Application.Articles;
using Flowwatch.Reports;
using Flowwatch.Store;

namespace Flowwatch.Web.Data;

/// <summary>The check-article use case over the server's snapshot: the article in, the claims contract and its notes out.</summary>
internal static class ArticleChecking
{
    /// <summary>Checks the article (<see cref="ArticleVerification"/>); input the checker refuses comes back as a problem.</summary>
    public static bool TryCheck(ArticleInput input, StoreView store, out CheckedArticle? result, out string? problem, SanctionsView? sanctions = null)
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

        ClaimReport report = verified!.Report();
        result = new CheckedArticle(System.Text.Json.JsonSerializer.Serialize(report, ClaimJsonContext.Readable.ClaimReport), report)
        {
            ReleaseNotes = [verified.Basis, .. verified.LaterReleaseLines],
        };
        return true;
    }
}
