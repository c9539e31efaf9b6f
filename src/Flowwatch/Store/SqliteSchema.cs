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

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? tx)
    {
        using SqliteCommand cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
