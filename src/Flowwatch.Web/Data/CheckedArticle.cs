namespace Flowwatch.Web.Data;

/// <summary>The outcome of checking an article: the claims contract as JSON, and its claims for the page.</summary>
internal sealed record CheckedArticle(string Json, IReadOnlyList<CheckedClaim> Claims, string Language, DateOnly? Published);
