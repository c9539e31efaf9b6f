using Flowwatch.Store;
using Flowwatch.Store.Postgres;
using Npgsql;

namespace Flowwatch.Tests.Support;

/// <summary>
/// The store engines the contract tests run on: SQLite always, PostgreSQL when FLOWWATCH_TEST_POSTGRES
/// holds a connection string (.ci/run starts a throwaway server and sets it; under CI its absence fails).
/// </summary>
public static class StoreEngines
{
    public const string Variable = "FLOWWATCH_TEST_POSTGRES";

    public static TheoryData<string> All
    {
        get
        {
            var engines = new TheoryData<string> { "sqlite" };
            if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 })
            {
                engines.Add("postgres");
            }
            else if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"CI must test the PostgreSQL store: set {Variable} (.ci/run does).");
            }

            return engines;
        }
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

        string connection = Environment.GetEnvironmentVariable(Variable)!;
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
