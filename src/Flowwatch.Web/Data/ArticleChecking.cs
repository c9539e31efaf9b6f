using Flowwatch.Analysis.Claims;
using Flowwatch.Reports;

namespace Flowwatch.Web.Data;

/// <summary>The bridge to the claim checker: the article in, the claims contract and its rows out.</summary>
internal static class ArticleChecking
{
    /// <summary>Checks the article; input the checker refuses (it says why) comes back as a problem, not an exception.</summary>
    public static bool TryCheck(ArticleInput input, StoreSnapshot snapshot, out CheckedArticle? result, out string? problem, SanctionsView? sanctions = null)
    {
        result = null;
        problem = null;
        ArticleCheck check;
        try
        {
            check = ArticleChecker.Check(input.Text, snapshot.Verifier, input.Published, input.Language);
        }
        catch (ArgumentException e)
        {
            problem = e.Message.Split(" (Parameter", StringSplitOptions.None)[0];
            return false;
        }

        ClaimReport report = ClaimReports.ToReport(check);
        if (sanctions is not null)
        {
            // Designated names (issue 13) ride along as their own field of the same contract.
            report = report with { DesignatedNames = sanctions.Rows(sanctions.Screening.MarkNames(input.Text)) };
        }

        result = new CheckedArticle(System.Text.Json.JsonSerializer.Serialize(report, ClaimJsonContext.Readable.ClaimReport), report);
        return true;
    }
}
