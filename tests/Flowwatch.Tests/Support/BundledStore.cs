using Flowwatch.Application;
using Flowwatch.Store;

namespace Flowwatch.Tests.Support;

/// <summary>
/// A store holding the bundled figures, as `flowwatch demo` leaves it: the read verbs never create or fill a store,
/// so a test that reads the bundled figures sets its store up first.
/// </summary>
public static class BundledStore
{
    /// <summary>Creates (or fills) the SQLite store at <paramref name="path"/> with the bundled figures; returns the path.</summary>
    public static string At(string path)
    {
        using IObservationStore store = SqliteObservationStore.Open(path);
        new Ingestion(store).IngestBundled();
        return path;
    }
}
