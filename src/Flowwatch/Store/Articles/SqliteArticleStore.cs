using Microsoft.Data.Sqlite;

namespace Flowwatch.Store.Articles;

/// <summary>Articles in the embedded SQLite store (the same file as the figures).</summary>
public sealed class SqliteArticleStore : IArticleStore
{
    private readonly SqliteConnection _connection;
    private readonly ArticleTable _table;

    private SqliteArticleStore(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _table = new ArticleTable(() => _connection, closeAfter: false, clock);
    }

    /// <inheritdoc/>
    public string Location => _connection.DataSource;

    /// <summary>Opens (creating and migrating as needed) the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file is not a Flowwatch database or cannot be opened.</exception>
    public static SqliteArticleStore Open(string path, TimeProvider? clock = null)
    {
        // The observation store creates the file, its folder and the schema; this one shares them.
        SqliteObservationStore.Open(path, clock).Dispose();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using SqliteCommand pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
            pragma.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(StoreMessages.CannotOpen(path, e.Message), e);
        }

        return new SqliteArticleStore(connection, clock ?? TimeProvider.System);
    }

    /// <summary>Opens an existing store for reading only, as the server does: every write fails, and nothing is created or migrated.</summary>
    /// <exception cref="StoreException">There is no store at <paramref name="path"/>, or its schema is another version's.</exception>
    public static SqliteArticleStore OpenReadOnly(string path) => new(SqliteSchema.OpenReadOnly(path), TimeProvider.System);

    /// <inheritdoc/>
    public IngestStatus Add(StoredArticle article) => _table.Add(article);

    /// <inheritdoc/>
    public IReadOnlyList<StoredArticle> Articles() => _table.Articles();

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();
}
