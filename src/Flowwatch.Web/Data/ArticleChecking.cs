namespace Flowwatch.Web.Data;

/// <summary>
/// The bridge to the claim checker (issue 4). Until it lands on main, checking answers null and the
/// pages and API say so plainly.
/// </summary>
internal static class ArticleChecking
{
    public const string Unavailable = "This build of Flowwatch does not include the claim checker (flowwatch verify) yet.";

    public static CheckedArticle? Check(ArticleInput input, StoreSnapshot snapshot)
    {
        _ = input;
        _ = snapshot;
        return null;
    }
}
