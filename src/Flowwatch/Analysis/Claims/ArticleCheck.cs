namespace Flowwatch.Analysis.Claims;

/// <summary>An article with its checked claims.</summary>
/// <param name="Article">The article as read.</param>
/// <param name="Language">The language it was read in, one of <see cref="ArticleChecker.Languages"/>.</param>
/// <param name="Published">The publication date used to resolve relative times, if known.</param>
/// <param name="Claims">The claims in the order they appear.</param>
public sealed record ArticleCheck(ArticleText Article, string Language, DateOnly? Published, IReadOnlyList<CheckedClaim> Claims);
