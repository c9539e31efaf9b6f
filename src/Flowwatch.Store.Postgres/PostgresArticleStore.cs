using Flowwatch.Store.Articles;
using Npgsql;

namespace Flowwatch.Store.Postgres;

/// <summary>Articles on PostgreSQL: the same tables, SQL and semantics as <see cref="SqliteArticleStore"/>.</summary>
public sealed class PostgresArticleStore : IArticleStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ArticleTable _table;

    private PostgresArticleStore(NpgsqlDataSource dataSource, TimeProvider clock, string location)
    {
        _dataSource = dataSource;
        _table = new ArticleTable(dataSource.OpenConnection, closeAfter: true, clock);
        Location = location;
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <summary>Opens the store, creating and migrating its tables as needed.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer.</exception>
    public static PostgresArticleStore Open(string connectionString, TimeProvider? clock = null)
    {
        NpgsqlDataSource dataSource = PostgresSchema.Connect(connectionString, readOnly: false, out string location);
        return new PostgresArticleStore(dataSource, clock ?? TimeProvider.System, location);
    }

    /// <summary>Opens an existing store for reading only, as the server does.</summary>
    /// <exception cref="StoreException">The server cannot be reached, or the tables are missing or another version's.</exception>
    public static PostgresArticleStore OpenReadOnly(string connectionString)
    {
        NpgsqlDataSource dataSource = PostgresSchema.Connect(connectionString, readOnly: true, out string location);
        return new PostgresArticleStore(dataSource, TimeProvider.System, location);
    }

    /// <inheritdoc/>
    public IngestStatus Add(StoredArticle article) => _table.Add(article);

    /// <inheritdoc/>
    public IReadOnlyList<StoredArticle> Articles() => _table.Articles();

    /// <inheritdoc/>
    public void Dispose() => _dataSource.Dispose();
}
