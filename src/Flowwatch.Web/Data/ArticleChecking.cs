using Flowwatch.Analysis.Claims;
using Flowwatch.Reports;

namespace Flowwatch.Web.Data;

/// <summary>The bridge to the claim checker: the article in, the claims contract and its rows out.</summary>
internal static class ArticleChecking
{
    /// <summary>Checks the article; input the checker refuses (it says why) comes back as a problem, not an exception.</summary>
    public static bool TryCheck(ArticleInput input, StoreSnapshot snapshot, out CheckedArticle? result, out string? problem)
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

        result = new CheckedArticle(ClaimReports.ToJson(check), ClaimReports.ToReport(check));
        return true;
    }
}
