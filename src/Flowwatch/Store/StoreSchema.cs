using System.Data.Common;
using System.Text.RegularExpressions;

namespace Flowwatch.Store;

/// <summary>
/// The schema as one ordered list of migrations that every engine runs, its column types named in braces
/// (<see cref="StoreDialect.ColumnTypes"/>); the dialect records how many ran (SQLite <c>PRAGMA user_version</c>,
/// PostgreSQL the table <c>flowwatch_schema</c>). A migration is never edited once released: add the next one.
/// </summary>
internal static partial class StoreSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE sources (
            id           {key},
            sha256       {text} NOT NULL UNIQUE,
            file_name    {text} NOT NULL,
            format       {text} NOT NULL,
            publisher    {text} NOT NULL,
            release_date {date},
            ingested_at  {time} NOT NULL,
            rows         {int} NOT NULL
        );
        CREATE TABLE series (
            id        {key},
            dataset   {text} NOT NULL,
            reporter  {text} NOT NULL,
            partner   {text} NOT NULL,
            breakdown {text} NOT NULL,
            UNIQUE (dataset, reporter, partner, breakdown)
        );
        CREATE TABLE citation_sets (
            id   {key},
            body {text} NOT NULL UNIQUE
        );
        CREATE TABLE observations (
            id           {key},
            source_id    {id} NOT NULL REFERENCES sources (id),
            series_id    {id} NOT NULL REFERENCES series (id),
            period       {text} NOT NULL,
            value        {number} NOT NULL,
            flag         {small} NOT NULL,
            locator      {text} NOT NULL,
            citations_id {id} REFERENCES citation_sets (id),
            note         {text}
        );
        CREATE INDEX observations_by_series ON observations (series_id, period, source_id);
        """,

        // Provenance (issue 9): synthetic files are marked and kept apart; removed files leave a record.
        """
        ALTER TABLE sources ADD COLUMN synthetic {int} NOT NULL DEFAULT 0;
        ALTER TABLE sources ADD COLUMN citation_list {text};
        ALTER TABLE observations ADD COLUMN publisher {text};
        CREATE TABLE removals (
            id           {key},
            sha256       {text} NOT NULL,
            file_name    {text} NOT NULL,
            format       {text} NOT NULL,
            publisher    {text} NOT NULL,
            release_date {date},
            synthetic    {int} NOT NULL,
            ingested_at  {time} NOT NULL,
            removed_at   {time} NOT NULL,
            rows         {int} NOT NULL
        );
        """,

        // Sanctions list versions (issue 13): one row per list file, one per record, the record as JSON.
        """
        CREATE TABLE sanctions_lists (
            id           {key},
            sha256       {text} NOT NULL UNIQUE,
            file_name    {text} NOT NULL,
            format       {text} NOT NULL,
            publisher    {text} NOT NULL,
            generated_at {time} NOT NULL,
            ingested_at  {time} NOT NULL,
            entries      {int} NOT NULL
        );
        CREATE TABLE sanctions_entries (
            list_id   {id} NOT NULL REFERENCES sanctions_lists (id),
            reference {text} NOT NULL,
            kind      {text} NOT NULL,
            regime    {text} NOT NULL,
            name      {text} NOT NULL,
            listed_on {date},
            line      {int} NOT NULL,
            body      {text} NOT NULL,
            PRIMARY KEY (list_id, reference)
        );
        """,

        // Watch (issue 14): the last scan's findings and an outbox of alerts with delivery state per channel.
        """
        CREATE TABLE watch_scan (
            id         {int} PRIMARY KEY CHECK (id = 1),
            sources    {text} NOT NULL,
            scanned_at {time} NOT NULL
        );
        CREATE TABLE watch_findings (
            finding_id  {text} PRIMARY KEY,
            severity    {int} NOT NULL,
            fingerprint {text} NOT NULL,
            body        {text} NOT NULL
        );
        CREATE TABLE alerts (
            id              {key},
            idempotency_key {text} NOT NULL UNIQUE,
            kind            {text} NOT NULL,
            finding_id      {text} NOT NULL,
            title           {text} NOT NULL,
            body            {text} NOT NULL,
            created_at      {time} NOT NULL
        );
        CREATE TABLE alert_deliveries (
            alert_id     {id} NOT NULL REFERENCES alerts (id),
            channel      {int} NOT NULL,
            attempts     {int} NOT NULL DEFAULT 0,
            delivered_at {time},
            last_error   {text},
            PRIMARY KEY (alert_id, channel)
        );
        """,

        // Release dates (issue 22): where a file's release date comes from (file, period-end, calendar); null: no date.
        """
        ALTER TABLE sources ADD COLUMN release_date_basis {text};
        """,

        // Scale (issue 28): a figure's witnesses are kept in the order of their key (series, period, file), one
        // B-tree on SQLite instead of a table and an index, so that a series is read from one place and a bulk load
        // maintains one structure; the key refuses a figure stated twice by one file. Each file's citation lists are
        // kept apart, so that listing the files does not read every figure.
        """
        CREATE TABLE figures (
            series_id    {id} NOT NULL REFERENCES series (id),
            period       {text} NOT NULL,
            source_id    {id} NOT NULL REFERENCES sources (id),
            value        {number} NOT NULL,
            flag         {small} NOT NULL,
            locator      {text} NOT NULL,
            citations_id {id} REFERENCES citation_sets (id),
            note         {text},
            publisher    {text},
            PRIMARY KEY (series_id, period, source_id)
        ){clustered};
        INSERT INTO figures (series_id, period, source_id, value, flag, locator, citations_id, note, publisher)
            SELECT series_id, period, source_id, value, flag, locator, citations_id, note, publisher FROM observations;
        DROP TABLE observations;
        ALTER TABLE figures RENAME TO observations;
        CREATE TABLE source_citations (
            source_id    {id} NOT NULL REFERENCES sources (id),
            citations_id {id} REFERENCES citation_sets (id)
        );
        CREATE INDEX source_citations_by_source ON source_citations (source_id);
        INSERT INTO source_citations (source_id, citations_id) SELECT DISTINCT source_id, citations_id FROM observations;
        """,

        // Webhooks (issue 26): each endpoint its own channel (numbered from 2; 1 is standard output) with its own
        // state, each delivery its retry schedule, dead letters kept. A store that posted to its one webhook before
        // keeps those deliveries under channel 2, whose endpoint takes the first address the watcher is given.
        """
        CREATE TABLE webhook_endpoints (
            channel         {int} PRIMARY KEY CHECK (channel >= 2),
            url             {text} NOT NULL UNIQUE,
            format          {text} NOT NULL DEFAULT 'flowwatch',
            disabled_at     {time},
            disabled_reason {text},
            paused_until    {time}
        );
        INSERT INTO webhook_endpoints (channel, url) SELECT 2, '' WHERE EXISTS (SELECT 1 FROM alert_deliveries WHERE channel = 2);
        ALTER TABLE alert_deliveries ADD COLUMN next_attempt_at {time};
        ALTER TABLE alert_deliveries ADD COLUMN first_failed_at {time};
        ALTER TABLE alert_deliveries ADD COLUMN dead_at {time};
        """,

        // Articles (issue 25): checked news articles with their claims, for trace, the article pages and watch. Days, times
        // and numbers are kept as invariant text (Store/Articles/ArticleStore.cs), as the claims contract writes them.
        """
        CREATE TABLE articles (
            id          {key},
            sha256      {text} NOT NULL UNIQUE,
            file_name   {text} NOT NULL,
            url         {text},
            outlet      {text} NOT NULL,
            published   {text} NOT NULL,
            language    {text},
            cites       {text} NOT NULL,
            body        {text} NOT NULL,
            ingested_at {text} NOT NULL
        );
        CREATE TABLE article_claims (
            article_id   {id} NOT NULL REFERENCES articles (id),
            ordinal      {int} NOT NULL,
            text         {text} NOT NULL,
            sentence     {text} NOT NULL,
            claimed      {text} NOT NULL,
            verdict      {text} NOT NULL,
            rule         {text} NOT NULL,
            dataset      {text},
            reporter     {text},
            partner      {text},
            breakdown    {text},
            period       {text},
            figure_value {text},
            reading      {text} NOT NULL,
            PRIMARY KEY (article_id, ordinal)
        );
        CREATE INDEX article_claims_by_figure ON article_claims (dataset, reporter, partner, breakdown, period);
        """,

        // Scale (issue 28): a figure never refers to a file, series or citation list the store does not hold. SQLite keeps
        // the foreign keys above (one probe of the parent's key per row, inside its B-tree insert); PostgreSQL checked
        // them with a trigger call and a query per row, 30 s of a 51 s million-figure load, and now checks each
        // statement's rows as one set (StoreDialect.Statements).
        """
        {figure_references}
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Version => Migrations.Length;

    /// <summary>Migration <paramref name="index"/> (0-based) in the engine's column types.</summary>
    public static string Migration(StoreDialect dialect, int index) =>
        Placeholder().Replace(Migrations[index], m => dialect.ColumnTypes.TryGetValue(m.Groups[1].Value, out string? type)
            || dialect.Statements.TryGetValue(m.Groups[1].Value, out type)
            ? type
            : throw new InvalidOperationException($"The dialect names no type or statements for {{{m.Groups[1].Value}}}."));

    /// <summary>
    /// Readies <paramref name="dialect"/>'s database for a store: a writer migrates it, a read-only dialect's is only
    /// checked. On failure the dialect is disposed and the failure is a <see cref="StoreException"/>.
    /// </summary>
    public static void Ready(StoreDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        try
        {
            if (dialect.ReadOnly)
            {
                Check(dialect);
            }
            else
            {
                Migrate(dialect);
            }
        }
        catch (DbException e)
        {
            dialect.Dispose();
            throw new StoreException(StoreMessages.CannotOpen(dialect.Location, e.Message), e);
        }
        catch (StoreException)
        {
            dialect.Dispose();
            throw;
        }
    }

    /// <summary>Runs the migrations the store has not seen, in one transaction that holds the writer's lock.</summary>
    /// <remarks>
    /// The version is read inside the transaction: two processes opening a new store at once would otherwise both
    /// see version 0 and the second would fail on "table sources already exists". The writer's lock comes first,
    /// so the second waits, then sees the first one's version and has nothing to do.
    /// </remarks>
    /// <exception cref="StoreException">The store was written by a newer Flowwatch.</exception>
    public static void Migrate(StoreDialect dialect)
    {
        DbConnection connection = dialect.Connect();
        try
        {
            if (dialect.SchemaVersion(connection, null) == Migrations.Length)
            {
                return;
            }

            using DbTransaction tx = dialect.BeginWrite(connection);
            int current = dialect.SchemaVersion(connection, tx);
            if (current > Migrations.Length)
            {
                throw new StoreException(StoreMessages.NewerSchema(dialect.Location, current, Migrations.Length));
            }

            for (int i = current; i < Migrations.Length; i++)
            {
                using DbCommand cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = Migration(dialect, i) + "\n" + dialect.SetSchemaVersion(i + 1);
                cmd.ExecuteNonQuery();
            }

            tx.Commit();
        }
        finally
        {
            dialect.Release(connection);
        }
    }

    /// <summary>Checks, without changing anything, that the store exists and has this version's schema.</summary>
    /// <exception cref="StoreException">There is no store, or its schema is another version's.</exception>
    public static void Check(StoreDialect dialect)
    {
        DbConnection connection = dialect.Connect();
        try
        {
            int version = dialect.SchemaVersion(connection, null);
            // No schema: an empty database, an empty PostgreSQL schema, a SQLite file of something else.
            string? problem = version == 0 ? StoreMessages.Missing(dialect.Location)
                : version > Migrations.Length ? StoreMessages.NewerSchema(dialect.Location, version, Migrations.Length)
                : version < Migrations.Length ? StoreMessages.OlderSchema(dialect.Location, version, Migrations.Length)
                : null;
            if (problem is not null)
            {
                throw new StoreException(problem);
            }
        }
        finally
        {
            dialect.Release(connection);
        }
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
