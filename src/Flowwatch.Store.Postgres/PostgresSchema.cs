using Npgsql;

namespace Flowwatch.Store.Postgres;

/// <summary>The PostgreSQL schema as ordered migrations; the table <c>flowwatch_schema</c> records how many ran.</summary>
internal static class PostgresSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE sources (
            id           bigserial PRIMARY KEY,
            sha256       text NOT NULL UNIQUE,
            file_name    text NOT NULL,
            format       text NOT NULL,
            publisher    text NOT NULL,
            release_date date,
            ingested_at  timestamptz NOT NULL,
            rows         integer NOT NULL
        );
        CREATE TABLE series (
            id        bigserial PRIMARY KEY,
            dataset   text NOT NULL,
            reporter  text NOT NULL,
            partner   text NOT NULL,
            breakdown text NOT NULL,
            UNIQUE (dataset, reporter, partner, breakdown)
        );
        CREATE TABLE citation_sets (
            id   bigserial PRIMARY KEY,
            body text NOT NULL UNIQUE
        );
        CREATE TABLE observations (
            id           bigserial PRIMARY KEY,
            source_id    bigint NOT NULL REFERENCES sources (id),
            series_id    bigint NOT NULL REFERENCES series (id),
            period       text NOT NULL,
            value        numeric NOT NULL,
            flag         smallint NOT NULL,
            locator      text NOT NULL,
            citations_id bigint REFERENCES citation_sets (id),
            note         text
        );
        CREATE INDEX observations_by_series ON observations (series_id, period, source_id);
        """,

        // Provenance (issue 9): synthetic files are marked and kept apart; removed files leave a record.
        """
        ALTER TABLE sources ADD COLUMN synthetic integer NOT NULL DEFAULT 0;
        ALTER TABLE sources ADD COLUMN citation_list text;
        ALTER TABLE observations ADD COLUMN publisher text;
        CREATE TABLE removals (
            id           bigserial PRIMARY KEY,
            sha256       text NOT NULL,
            file_name    text NOT NULL,
            format       text NOT NULL,
            publisher    text NOT NULL,
            release_date date,
            synthetic    integer NOT NULL,
            ingested_at  timestamptz NOT NULL,
            removed_at   timestamptz NOT NULL,
            rows         integer NOT NULL
        );
        """,

        // Sanctions list versions (issue 13): one row per list file, one per record, the record as JSON.
        """
        CREATE TABLE sanctions_lists (
            id           bigserial PRIMARY KEY,
            sha256       text NOT NULL UNIQUE,
            file_name    text NOT NULL,
            format       text NOT NULL,
            publisher    text NOT NULL,
            generated_at timestamptz NOT NULL,
            ingested_at  timestamptz NOT NULL,
            entries      integer NOT NULL
        );
        CREATE TABLE sanctions_entries (
            list_id   bigint NOT NULL REFERENCES sanctions_lists (id),
            reference text NOT NULL,
            kind      text NOT NULL,
            regime    text NOT NULL,
            name      text NOT NULL,
            listed_on date,
            line      integer NOT NULL,
            body      text NOT NULL,
            PRIMARY KEY (list_id, reference)
        );
        """,

        // Watch (issue 14): the last scan's findings and an outbox of alerts with delivery state per channel.
        """
        CREATE TABLE watch_scan (
            id         integer PRIMARY KEY CHECK (id = 1),
            sources    text NOT NULL,
            scanned_at timestamptz NOT NULL
        );
        CREATE TABLE watch_findings (
            finding_id  text PRIMARY KEY,
            severity    integer NOT NULL,
            fingerprint text NOT NULL,
            body        text NOT NULL
        );
        CREATE TABLE alerts (
            id              bigserial PRIMARY KEY,
            idempotency_key text NOT NULL UNIQUE,
            kind            text NOT NULL,
            finding_id      text NOT NULL,
            title           text NOT NULL,
            body            text NOT NULL,
            created_at      timestamptz NOT NULL
        );
        CREATE TABLE alert_deliveries (
            alert_id     bigint NOT NULL REFERENCES alerts (id),
            channel      integer NOT NULL,
            attempts     integer NOT NULL DEFAULT 0,
            delivered_at timestamptz,
            last_error   text,
            PRIMARY KEY (alert_id, channel)
        );
        """,

        // Articles (issue 25): checked news articles with their claims, for trace, the article pages and watch.
        // Days, times and numbers are text in both engines, so that one SQL text serves both (Store/Articles/ArticleTable).
        """
        CREATE TABLE articles (
            id          bigserial PRIMARY KEY,
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
            article_id   bigint NOT NULL REFERENCES articles (id),
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

    /// <summary>
    /// The statement that takes the transaction-scoped advisory lock serialising schema changes and ingests;
    /// keyed on the schema, so that stores in other schemas of the same database do not wait for each other.
    /// </summary>
    public const string TakeLock = "SELECT pg_advisory_xact_lock(hashtext('flowwatch:' || current_schema()));";

    /// <summary>
    /// Connects to the database a <c>--db</c> value names and readies its tables: a writer migrates them; a reader
    /// (the server) only checks their version, and every transaction it begins is read-only on the server's side.
    /// </summary>
    /// <exception cref="StoreException">The server cannot be reached, or the tables are missing or another version's.</exception>
    public static NpgsqlDataSource Connect(string connectionString, bool readOnly, out string location)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(PostgresObservationStore.ToKeywords(connectionString));
        location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}" + (builder.SearchPath is { Length: > 0 } p ? $" (schema {p})" : "");
        if (readOnly)
        {
            builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        }

        NpgsqlDataSource dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            if (readOnly)
            {
                Check(dataSource, location);
            }
            else
            {
                Migrate(dataSource);
            }
        }
        catch (NpgsqlException e)
        {
            dataSource.Dispose();
            throw new StoreException($"{location}: cannot open the database ({e.Message}).", e);
        }
        catch (StoreException)
        {
            dataSource.Dispose();
            throw;
        }

        return dataSource;
    }

    /// <summary>Checks, without changing anything, that the tables are there and of this version.</summary>
    private static void Check(NpgsqlDataSource dataSource, string location)
    {
        // Two statements: PostgreSQL resolves every table a statement names before it runs, even in an untaken branch.
        int current = 0;
        using (NpgsqlCommand exists = dataSource.CreateCommand("SELECT to_regclass('flowwatch_schema') IS NOT NULL;"))
        {
            if (exists.ExecuteScalar() is true)
            {
                using NpgsqlCommand version = dataSource.CreateCommand("SELECT coalesce(max(version), 0) FROM flowwatch_schema;");
                current = Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (current == 0)
        {
            throw new StoreException($"{location}: there is no Flowwatch store here yet; load figures first with `flowwatch ingest --db ...` or `flowwatch demo --db ...`.");
        }

        if (current != Migrations.Length)
        {
            throw new StoreException(current > Migrations.Length
                ? $"{location}: the database has Flowwatch schema version {current}; this Flowwatch knows up to {Migrations.Length}."
                : $"{location}: the database has Flowwatch schema version {current} and this Flowwatch reads version {Migrations.Length}; a read-only reader cannot upgrade it: run `flowwatch sources --db ...` once to upgrade it.");
        }
    }

    /// <summary>Creates and migrates the tables in one transaction that holds <see cref="TakeLock"/>.</summary>
    /// <remarks>
    /// Even <c>CREATE TABLE IF NOT EXISTS</c> fails when two sessions run it at once (a unique violation on
    /// pg_type), so the advisory lock comes first and everything else waits behind it.
    /// </remarks>
    public static void Migrate(NpgsqlDataSource dataSource)
    {
        using NpgsqlConnection connection = dataSource.OpenConnection();
        using NpgsqlTransaction tx = connection.BeginTransaction();
        using (var lockSchema = new NpgsqlCommand(TakeLock + " CREATE TABLE IF NOT EXISTS flowwatch_schema (version integer NOT NULL);", connection, tx))
        {
            lockSchema.ExecuteNonQuery();
        }

        int current;
        using (var version = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM flowwatch_schema;", connection, tx))
        {
            current = Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (current > Migrations.Length)
        {
            throw new StoreException($"The database has Flowwatch schema version {current}; this Flowwatch knows up to {Migrations.Length}.");
        }

        for (int i = current; i < Migrations.Length; i++)
        {
            using var migrate = new NpgsqlCommand(Migrations[i] + $"\nINSERT INTO flowwatch_schema (version) VALUES ({i + 1});", connection, tx);
            migrate.ExecuteNonQuery();
        }

        tx.Commit();
    }
}
