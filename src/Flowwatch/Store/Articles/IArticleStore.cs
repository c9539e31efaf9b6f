namespace Flowwatch.Store.Articles;

/// <summary>
/// Keeps checked news articles beside the figures, in the same database: each article once by the SHA-256 of its file,
/// with its outlet, address, date, language, text and claims. Storing an article is one transaction.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Where the store is, for people.</summary>
    string Location { get; }

    /// <summary>Stores an article with its claims in one transaction; an article stored before (same SHA-256) has its claims replaced.</summary>
    /// <returns><see cref="IngestStatus.Stored"/> for a new article, <see cref="IngestStatus.Unchanged"/> when it is stored with the same claims, <see cref="IngestStatus.Updated"/> when its claims were replaced (the figures changed since).</returns>
    IngestStatus Add(StoredArticle article);

    /// <summary>Takes the articles with these SHA-256s out of the store with their claims, in one transaction.</summary>
    /// <returns>How many were stored (hashes not in the store are ignored).</returns>
    int Remove(IReadOnlyCollection<string> sha256s);

    /// <summary>Every stored article with its claims, in publication order (then file name).</summary>
    IReadOnlyList<StoredArticle> Articles();
}
