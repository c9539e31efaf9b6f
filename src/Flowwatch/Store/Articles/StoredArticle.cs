using Flowwatch.Model.Articles;

namespace Flowwatch.Store.Articles;

/// <summary>An article in the store: its document, its text as given, and its claims as checked at ingest.</summary>
/// <param name="Document">Hash, front matter.</param>
/// <param name="Text">The file's text (front matter included), so that the article can be exported and checked again.</param>
/// <param name="Claims">Its claims in order.</param>
/// <param name="IngestedAt">When it was stored (UTC).</param>
public sealed record StoredArticle(ArticleDocument Document, string Text, IReadOnlyList<StoredClaim> Claims, DateTimeOffset IngestedAt);
