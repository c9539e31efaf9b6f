namespace Flowwatch.Analysis.Claims;

/// <summary>Reads an article, extracts its claims and checks each one: the whole of `flowwatch verify` without the I/O.</summary>
public static class ArticleChecker
{
    /// <summary>The languages claims are read in.</summary>
    public static IReadOnlyList<string> Languages => Lexicon.Available;

    /// <summary>
    /// The most claims one check examines, in text order; the rest are found and counted, not checked
    /// (<see cref="ArticleCheck.ClaimsLeftOut"/>). No news article comes near it: it keeps the work and the answer for a
    /// pasted document of thousands of repeated sentences proportionate to what a reader can use.
    /// </summary>
    public const int MaxClaims = 500;

    /// <summary>Checks an article.</summary>
    /// <param name="input">The article as given (plain text, Markdown or HTML, with an optional front-matter block).</param>
    /// <param name="verifier">The figures to check against.</param>
    /// <param name="published">The publication date; overrides the front matter's.</param>
    /// <param name="language">One of <see cref="Languages"/>, or null/"auto" to use the front matter's or detect it.</param>
    /// <exception cref="ArgumentException">The language is not one claims are read in.</exception>
    public static ArticleCheck Check(string input, ClaimVerifier verifier, DateOnly? published = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        ArticleText article = ArticleText.Parse(input);
        string lang = language is null or "auto"
            ? article.Language is { } fm && Languages.Contains(fm) ? fm : LanguageDetector.Detect(article.Text)
            : language;
        if (!Languages.Contains(lang))
        {
            throw new ArgumentException($"Claims are read in {string.Join(", ", Languages)}; the text is '{lang}'.", nameof(language));
        }

        DateOnly? date = published ?? article.Published;
        // Claims past the bound are counted by the extractor, not read: their frames would never be checked.
        IReadOnlyList<Claim> claims = ClaimExtractor.Extract(article, lang, date, MaxClaims, out int leftOut);
        var checkedClaims = new CheckedClaim[claims.Count];
        for (int i = 0; i < checkedClaims.Length; i++)
        {
            checkedClaims[i] = verifier.Verify(claims[i]);
        }

        return new ArticleCheck(article, lang, date, checkedClaims) { ClaimsLeftOut = leftOut };
    }
}
