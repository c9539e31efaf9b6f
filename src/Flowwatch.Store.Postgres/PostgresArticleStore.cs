using Flowwatch.Store.Articles;

namespace Flowwatch.Store.Postgres;

/// <summary>Articles in the team-server store, beside the figures (<see cref="PostgresDialect"/>).</summary>
public static class PostgresArticleStore
{
    /// <summary>Opens the store, creating and migrating its tables as needed.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer.</exception>
    public static ArticleStore Open(string connectionString, TimeProvider? clock = null) =>
        ArticleStore.Open(PostgresDialect.Connect(connectionString, readOnly: false), clock);

    /// <summary>Opens an existing store for reading only, as the server does.</summary>
    /// <exception cref="StoreException">The server cannot be reached, or the tables are missing or another version's.</exception>
    public static ArticleStore OpenReadOnly(string connectionString) =>
        ArticleStore.Open(PostgresDialect.Connect(connectionString, readOnly: true));
}
