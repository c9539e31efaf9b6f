using Flowwatch.Application.Sanctions;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Cli;

/// <summary>The screening the commands run: over the newest stored version of every list.</summary>
internal static class SanctionsStoreOpener
{
    /// <summary>The newest version of every stored list; an empty store first gets the bundled list, and says so.</summary>
    public static ScreeningService OpenScreening(string? db)
    {
        using ISanctionsStore store = StoreOpener.OpenSanctions(db);
        var lists = new SanctionsLists(store);
        if (lists.Versions().Count == 0)
        {
            lists.LoadBundled();
            Terminal.Error.WriteLine($"note: {store.Location} held no sanctions list; loaded the bundled UN list of 2024-09-26 (data/un-sanctions).");
        }

        return new ScreeningService(lists.Current());
    }

    /// <summary>For a read verb (verify): the store's current list version, else the bundled list unstored; nothing is written.</summary>
    /// <exception cref="Store.StoreException">There is no store there yet, or its schema is another version's.</exception>
    public static ScreeningService OpenScreeningReadOnly(string? db)
    {
        using ISanctionsStore store = StoreOpener.OpenSanctionsReadOnly(db);
        return new ScreeningService(new SanctionsLists(store).LatestOrBundled());
    }
}
