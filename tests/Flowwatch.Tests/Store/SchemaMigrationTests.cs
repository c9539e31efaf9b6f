using Flowwatch.Model;
using Flowwatch.Store;
using Flowwatch.Store.Postgres;
using Flowwatch.Tests.Support;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Flowwatch.Tests.Store;

/// <summary>A store written by the previous release (schema version 1) upgrades in place on open, nothing lost.</summary>
public sealed class SchemaMigrationTests : IDisposable
{
    // The schema as released before witnesses (version 1), with one file and one cited figure in it.
    private const string Version1 = """
        CREATE TABLE sources (id {0} PRIMARY KEY, sha256 {1} NOT NULL UNIQUE, file_name {1} NOT NULL, format {1} NOT NULL,
            publisher {1} NOT NULL, release_date {2}, ingested_at {3} NOT NULL, rows integer NOT NULL);
        CREATE TABLE series (id {0} PRIMARY KEY, dataset {1} NOT NULL, reporter {1} NOT NULL, partner {1} NOT NULL,
            breakdown {1} NOT NULL, UNIQUE (dataset, reporter, partner, breakdown));
        CREATE TABLE citation_sets (id {0} PRIMARY KEY, body {1} NOT NULL UNIQUE);
        CREATE TABLE observations (id {0} PRIMARY KEY, source_id bigint NOT NULL REFERENCES sources (id),
            series_id bigint NOT NULL REFERENCES series (id), period {1} NOT NULL, value {4} NOT NULL, flag smallint NOT NULL,
            locator {1} NOT NULL, citations_id bigint REFERENCES citation_sets (id), note {1});
        CREATE INDEX observations_by_series ON observations (series_id, period, source_id);
        INSERT INTO sources (sha256, file_name, format, publisher, release_date, ingested_at, rows)
            VALUES ('aaaa', 'old.csv', 'tidy-csv', 'press', NULL, {5}, 1);
        INSERT INTO series (dataset, reporter, partner, breakdown) VALUES ('ru-fsb-entries-by-purpose', 'RU', 'KP', 'study');
        INSERT INTO citation_sets (body) VALUES ('[{{"Id":"RFA-KO-20240813","Outlet":"RFA","Date":"2024-08-13","Url":"https://rfa.example"}}]');
        INSERT INTO observations (source_id, series_id, period, value, flag, locator, citations_id, note)
            VALUES (1, 1, '2024-Q2', '332', 0, 'line 2', 1, NULL);
        """;

    private static readonly System.Text.CompositeFormat Version1Format = System.Text.CompositeFormat.Parse(Version1);

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_version_1_sqlite_store_upgrades_in_place()
    {
        string path = _dir.File("old.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand cmd = connection.CreateCommand();
            cmd.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, Version1Format, "INTEGER", "TEXT", "TEXT", "TEXT", "TEXT", "'2025-01-01T00:00:00.0000000Z'")
                + "PRAGMA user_version = 1;";
            cmd.ExecuteNonQuery();
        }

        using IObservationStore store = SqliteObservationStore.Open(path);
        AssertKept(store);
    }

    [SkippableFact]
    public void A_version_1_postgres_store_upgrades_in_place()
    {
        string server = StoreEngines.PostgresServer();
        string schema = "fw_old_" + Guid.NewGuid().ToString("N")[..12];
        using (var dataSource = NpgsqlDataSource.Create(server))
        using (NpgsqlCommand cmd = dataSource.CreateCommand(
            $"CREATE SCHEMA {schema}; SET search_path TO {schema}; "
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Version1Format, "bigserial", "text", "date", "timestamptz", "numeric", "'2025-01-01T00:00:00Z'")
            + "CREATE TABLE flowwatch_schema (version integer NOT NULL); INSERT INTO flowwatch_schema VALUES (1);"))
        {
            cmd.ExecuteNonQuery();
        }

        using IObservationStore store = PostgresObservationStore.Open(new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString);
        AssertKept(store);
    }

    private static void AssertKept(IObservationStore store)
    {
        Observation figure = Assert.Single(store.Current(ObservationQuery.All));
        Assert.Equal(332m, figure.Value);
        Assert.Equal("RFA-KO-20240813", Assert.Single(figure.Provenance.Citations).Id);
        Assert.Equal(new DateOnly(2024, 8, 13), figure.Witnesses[0].Published);
        SourceRecord source = Assert.Single(store.Sources());
        Assert.False(source.Document.Synthetic);
        Assert.Empty(store.Removals());
        Assert.NotNull(store.Remove(["aaaa"]));
        Assert.Empty(store.Current(ObservationQuery.All));
    }
}
