using Flowwatch.Application;
using Flowwatch.Store;
using Flowwatch.Store.Postgres;

namespace Flowwatch.Cli;

/// <summary>Opens the store the command line names: a SQLite file, or a PostgreSQL database for a team server.</summary>
internal static class StoreOpener
{
    public static IObservationStore Open(string? db)
    {
        string location = DatabaseLocation.Resolve(db);
        return PostgresObservationStore.IsConnectionString(location)
            ? PostgresObservationStore.Open(location)
            : SqliteObservationStore.Open(location);
    }

    /// <summary>Opens the store for reading; an empty store first gets the bundled figures, and says so.</summary>
    public static IObservationStore OpenForReading(string? db)
    {
        IObservationStore store = Open(db);
        if (store.Sources().Count == 0)
        {
            new Ingestion(store).IngestBundled();
            Terminal.Error.WriteLine($"note: {store.Location} was empty; loaded the bundled DPRK-Russia figures (data/dprk-russia).");
        }

        return store;
    }
}
