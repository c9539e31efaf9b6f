using Microsoft.Data.Sqlite;

namespace Flowwatch.Store;

/// <summary>
/// The SQLite schema as an ordered list of migrations; <c>PRAGMA user_version</c> records how many ran.
/// A migration is never edited once released: add the next one.
/// </summary>
internal static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE sources (
            id           INTEGER PRIMARY KEY,
            sha256       TEXT NOT NULL UNIQUE,
            file_name    TEXT NOT NULL,
            format       TEXT NOT NULL,
            publisher    TEXT NOT NULL,
            release_date TEXT,
            ingested_at  TEXT NOT NULL,
            rows         INTEGER NOT NULL
        );
        CREATE TABLE series (
            id        INTEGER PRIMARY KEY,
            dataset   TEXT NOT NULL,
            reporter  TEXT NOT NULL,
            partner   TEXT NOT NULL,
            breakdown TEXT NOT NULL,
            UNIQUE (dataset, reporter, partner, breakdown)
        );
        CREATE TABLE citation_sets (
            id   INTEGER PRIMARY KEY,
            body TEXT NOT NULL UNIQUE
        );
        CREATE TABLE observations (
            id           INTEGER PRIMARY KEY,
            source_id    INTEGER NOT NULL REFERENCES sources (id),
            series_id    INTEGER NOT NULL REFERENCES series (id),
            period       TEXT NOT NULL,
            value        TEXT NOT NULL,
            flag         INTEGER NOT NULL,
            locator      TEXT NOT NULL,
            citations_id INTEGER REFERENCES citation_sets (id),
            note         TEXT
        );
        CREATE INDEX observations_by_series ON observations (series_id, period, source_id);
        """,

        // Provenance (issue 9): synthetic files are marked and kept apart; removed files leave a record.
        """
        ALTER TABLE sources ADD COLUMN synthetic INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sources ADD COLUMN citation_list TEXT;
        ALTER TABLE observations ADD COLUMN publisher TEXT;
        CREATE TABLE removals (
            id           INTEGER PRIMARY KEY,
            sha256       TEXT NOT NULL,
            file_name    TEXT NOT NULL,
            format       TEXT NOT NULL,
            publisher    TEXT NOT NULL,
            release_date TEXT,
            synthetic    INTEGER NOT NULL,
            ingested_at  TEXT NOT NULL,
            removed_at   TEXT NOT NULL,
            rows         INTEGER NOT NULL
        );
        """,

        // Sanctions list versions (issue 13): one row per list file, one per record, the record as JSON.
        """
        CREATE TABLE sanctions_lists (
            id           INTEGER PRIMARY KEY,
            sha256       TEXT NOT NULL UNIQUE,
            file_name    TEXT NOT NULL,
            format       TEXT NOT NULL,
            publisher    TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            ingested_at  TEXT NOT NULL,
            entries      INTEGER NOT NULL
        );
        CREATE TABLE sanctions_entries (
            list_id   INTEGER NOT NULL REFERENCES sanctions_lists (id),
            reference TEXT NOT NULL,
            kind      TEXT NOT NULL,
            regime    TEXT NOT NULL,
            name      TEXT NOT NULL,
            listed_on TEXT,
            line      INTEGER NOT NULL,
            body      TEXT NOT NULL,
            PRIMARY KEY (list_id, reference)
        );
        """,

        // Watch (issue 14): the last scan's findings and an outbox of alerts with delivery state per channel.
        """
        CREATE TABLE watch_scan (
            id         INTEGER PRIMARY KEY CHECK (id = 1),
            sources    TEXT NOT NULL,
            scanned_at TEXT NOT NULL
        );
        CREATE TABLE watch_findings (
            finding_id  TEXT PRIMARY KEY,
            severity    INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            body        TEXT NOT NULL
        );
        CREATE TABLE alerts (
            id              INTEGER PRIMARY KEY,
            idempotency_key TEXT NOT NULL UNIQUE,
            kind            TEXT NOT NULL,
            finding_id      TEXT NOT NULL,
            title           TEXT NOT NULL,
            body            TEXT NOT NULL,
            created_at      TEXT NOT NULL
        );
        CREATE TABLE alert_deliveries (
            alert_id     INTEGER NOT NULL REFERENCES alerts (id),
            channel      INTEGER NOT NULL,
            attempts     INTEGER NOT NULL DEFAULT 0,
            delivered_at TEXT,
            last_error   TEXT,
            PRIMARY KEY (alert_id, channel)
        );
        """,

        // Articles (issue 25): checked news articles with their claims, for trace, the article pages and watch.
        // Days, times and numbers are text in both engines, so that one SQL text serves both (Store/Articles/ArticleTable).
        """
        CREATE TABLE articles (
            id          INTEGER PRIMARY KEY,
            sha256      TEXT NOT NULL UNIQUE,
            file_name   TEXT NOT NULL,
            url         TEXT,
            outlet      TEXT NOT NULL,
            published   TEXT NOT NULL,
            language    TEXT,
            cites       TEXT NOT NULL,
            body        TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE article_claims (
            article_id   INTEGER NOT NULL REFERENCES articles (id),
            ordinal      INTEGER NOT NULL,
            text         TEXT NOT NULL,
            sentence     TEXT NOT NULL,
            claimed      TEXT NOT NULL,
            verdict      TEXT NOT NULL,
            rule         TEXT NOT NULL,
            dataset      TEXT,
            reporter     TEXT,
            partner      TEXT,
            breakdown    TEXT,
            period       TEXT,
            figure_value TEXT,
            reading      TEXT NOT NULL,
            PRIMARY KEY (article_id, ordinal)
        );
        CREATE INDEX article_claims_by_figure ON article_claims (dataset, reporter, partner, breakdown, period);
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Version => Migrations.Length;

    /// <summary>Runs the migrations the database has not seen, all in one exclusive transaction.</summary>
    /// <remarks>
    /// The version is read inside the transaction: two processes opening a new store at once would otherwise
    /// both see version 0 and the second would fail on "table sources already exists". BEGIN IMMEDIATE takes
    /// the write lock first, so the second waits, then sees the first one's version and has nothing to do.
    /// </remarks>
    /// <exception cref="StoreException">The database was written by a newer Flowwatch.</exception>
    public static void Migrate(SqliteConnection connection)
    {
        if (ReadVersion(connection, null) == Migrations.Length)
        {
            return;
        }

        using SqliteTransaction tx = connection.BeginTransaction(deferred: false);
        int current = ReadVersion(connection, tx);
        if (current > Migrations.Length)
        {
            throw new StoreException(StoreMessages.NewerSchema(connection.DataSource, current, Migrations.Length));
        }

        for (int i = current; i < Migrations.Length; i++)
        {
            using SqliteCommand cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = Migrations[i] + $"\nPRAGMA user_version = {i + 1};";
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>
    /// Opens an existing store that nothing may write to: the connection is read-only, so the file must exist and
    /// already have this version's schema (a read-only reader can neither create nor migrate it).
    /// </summary>
    /// <exception cref="StoreException">There is no file, it is not a Flowwatch store, or its schema is another version's.</exception>
    public static SqliteConnection OpenReadOnly(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new StoreException(StoreMessages.Missing(path));
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using (SqliteCommand pragma = connection.CreateCommand())
            {
                // A writer beside the reader (an ingest while the server runs) holds its lock briefly: wait, do not fail.
                pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;";
                pragma.ExecuteNonQuery();
            }

            int version = ReadVersion(connection, null);
            string? problem = version == 0 ? StoreMessages.NotAStore(path)
                : version > Migrations.Length ? StoreMessages.NewerSchema(path, version, Migrations.Length)
                : version < Migrations.Length ? StoreMessages.OlderSchema(path, version, Migrations.Length)
                : null;
            if (problem is not null)
            {
                throw new StoreException(problem);
            }
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(StoreMessages.CannotOpen(path, e.Message), e);
        }
        catch (StoreException)
        {
            connection.Dispose();
            throw;
        }

        return connection;
    }

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? tx)
    {
        using SqliteCommand cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
