using Flowwatch.Application;
using Flowwatch.Store;

namespace Flowwatch.Cli;

/// <summary>Opens the store the command line names.</summary>
internal static class StoreOpener
{
    public static SqliteObservationStore Open(string? db) => SqliteObservationStore.Open(DatabaseLocation.Resolve(db));

    /// <summary>Opens the store for reading; an empty store first gets the bundled figures, and says so.</summary>
    public static SqliteObservationStore OpenForReading(string? db)
    {
        SqliteObservationStore store = Open(db);
        if (store.Sources().Count == 0)
        {
            new Ingestion(store).IngestBundled();
            Terminal.Error.WriteLine($"note: {store.Path} was empty; loaded the bundled DPRK-Russia figures (data/dprk-russia).");
        }

        return store;
    }

    /// <summary>Opens the store and loads the bundled figures if they are not there yet.</summary>
    public static SqliteObservationStore OpenWithBundled(string? db)
    {
        SqliteObservationStore store = Open(db);
        new Ingestion(store).IngestBundled();
        return store;
    }
}
