using Flowwatch.Application;
using Flowwatch.Application.Sanctions;
using Flowwatch.Store.Postgres;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Cli;

/// <summary>Opens the sanctions list versions in the store the command line names (SQLite file or PostgreSQL).</summary>
internal static class SanctionsStoreOpener
{
    public static ISanctionsStore Open(string? db)
    {
        string location = DatabaseLocation.Resolve(db);
        return PostgresObservationStore.IsConnectionString(location)
            ? PostgresSanctionsStore.Open(location)
            : SqliteSanctionsStore.Open(location);
    }

    /// <summary>The current list version; an empty store first gets the bundled list, and says so.</summary>
    public static ScreeningService OpenScreening(string? db)
    {
        using ISanctionsStore store = Open(db);
        var lists = new SanctionsLists(store);
        if (lists.Versions().Count == 0)
        {
            lists.LoadBundled();
            Terminal.Error.WriteLine($"note: {store.Location} held no sanctions list; loaded the bundled UN list of 2024-09-26 (data/un-sanctions).");
        }

        return new ScreeningService(lists.Current());
    }
}
