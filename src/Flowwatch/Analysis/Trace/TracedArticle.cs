using Flowwatch.Model.Articles;

namespace Flowwatch.Analysis.Trace;

/// <summary>An article with its claims placed on figures and the sources it names.</summary>
/// <param name="Article">The article.</param>
/// <param name="Language">The language it was read in.</param>
/// <param name="Claims">Its claims in the order they appear.</param>
/// <param name="Cited">The ids of the sources it names (<see cref="CitationFinder"/>), in order.</param>
public sealed record TracedArticle(ArticleDocument Article, string Language, IReadOnlyList<TracedClaim> Claims, IReadOnlyList<string> Cited);
