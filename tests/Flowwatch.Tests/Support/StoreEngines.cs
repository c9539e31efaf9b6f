using Flowwatch.Store;
using Flowwatch.Store.Postgres;
using Npgsql;

namespace Flowwatch.Tests.Support;

/// <summary>
/// The store engines the contract tests run on: every case on both engines, always. A PostgreSQL case runs when
/// FLOWWATCH_TEST_POSTGRES holds a connection string and is reported as skipped, with the reason, when it does not
/// (tests that use it are <c>[SkippableTheory]</c> or <c>[SkippableFact]</c>); .ci/run starts a throwaway server,
/// sets the variable and fails on any skipped test.
/// </summary>
public static class StoreEngines
{
    public const string Variable = "FLOWWATCH_TEST_POSTGRES";

    public static TheoryData<string> All => new() { "sqlite", "postgres" };

    /// <summary>The test server's connection string; skips the running test, saying why, when there is none.</summary>
    public static string PostgresServer()
    {
        string? server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrEmpty(server),
            $"needs a PostgreSQL server: set {Variable} to a connection string (.ci/start-postgres.sh starts a throwaway one).");
        return server!;
    }

    /// <summary>A fresh, empty store of the engine, in <paramref name="dir"/> or in a new schema of the test server.</summary>
    public static IObservationStore Open(string engine, TempDirectory dir, TimeProvider? clock = null) =>
        OpenAt(engine, Location(engine, dir), clock);

    /// <summary>Where the engine's store for <paramref name="dir"/> lives (a file, or a connection string to an empty schema), without creating its tables.</summary>
    public static string Location(string engine, TempDirectory dir)
    {
        if (engine == "sqlite")
        {
            return dir.File("fw.db");
        }

        string connection = PostgresServer();
        string schema = "fw_" + Path.GetFileName(dir.Path).Replace("-", "_", StringComparison.Ordinal);
        using (var dataSource = NpgsqlDataSource.Create(connection))
        using (NpgsqlCommand create = dataSource.CreateCommand($"CREATE SCHEMA IF NOT EXISTS {schema};"))
        {
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(connection) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>Opens (creating and migrating) the engine's store at a <see cref="Location"/>.</summary>
    public static IObservationStore OpenAt(string engine, string location, TimeProvider? clock = null) =>
        engine == "sqlite" ? SqliteObservationStore.Open(location, clock) : PostgresObservationStore.Open(location, clock);
}
