using Flowwatch.Store.Sqlite;

namespace Flowwatch.Store.Articles;

/// <summary>Articles in the embedded SQLite store (the same file as the figures).</summary>
public static class SqliteArticleStore
{
    /// <summary>Opens (creating and migrating as needed) the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file is not a Flowwatch database or cannot be opened.</exception>
    public static ArticleStore Open(string path, TimeProvider? clock = null) => ArticleStore.Open(SqliteDialect.Open(path, readOnly: false), clock);

    /// <summary>Opens an existing store for reading only, as the server does: every write fails, and nothing is created or migrated.</summary>
    /// <exception cref="StoreException">There is no store at <paramref name="path"/>, or its schema is another version's.</exception>
    public static ArticleStore OpenReadOnly(string path) => ArticleStore.Open(SqliteDialect.Open(path, readOnly: true));
}
