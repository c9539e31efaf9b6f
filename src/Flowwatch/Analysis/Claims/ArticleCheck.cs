namespace Flowwatch.Analysis.Claims;

/// <summary>An article with its checked claims.</summary>
/// <param name="Article">The article as read.</param>
/// <param name="Language">The language it was read in, one of <see cref="ArticleChecker.Languages"/>.</param>
/// <param name="Published">The publication date used to resolve relative times, if known.</param>
/// <param name="Claims">The claims in the order they appear, at most <see cref="ArticleChecker.MaxClaims"/>.</param>
public sealed record ArticleCheck(ArticleText Article, string Language, DateOnly? Published, IReadOnlyList<CheckedClaim> Claims)
{
    /// <summary>How many claims the article states after <see cref="Claims"/>: found but not checked (<see cref="ArticleChecker.MaxClaims"/>); 0 for any news article.</summary>
    public int ClaimsLeftOut { get; init; }

    /// <summary>
    /// The sentence every output (text, Markdown, HTML, the check page) prints when claims were left out, saying how
    /// many and why; null when none was.
    /// </summary>
    public string? LeftOutNote => LeftOutSentence(Claims.Count, ClaimsLeftOut);

    // The sentence saying that leftOut claims after the first checkedCount were not checked; null when none was left out.
    private static string? LeftOutSentence(int checkedCount, int leftOut) => leftOut <= 0 ? null : string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{leftOut:N0} more claim{(leftOut == 1 ? " was" : "s were")} found after the first {checkedCount:N0} and not checked: one check examines at most {ArticleChecker.MaxClaims:N0} claims, far more than any article states. Check the rest of the text on its own to have them checked.");
}
