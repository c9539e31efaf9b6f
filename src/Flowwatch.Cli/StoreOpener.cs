using Flowwatch.Application;
using Flowwatch.Store;
using Flowwatch.Store.Postgres;
using Flowwatch.Store.Articles;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Cli;

/// <summary>
/// Opens the store the command line names: a SQLite file, or a PostgreSQL database for a team server. The figures
/// and the sanctions list versions live in the same place; writers migrate it, the server only reads it.
/// </summary>
internal static class StoreOpener
{
    public static IObservationStore Open(string? db) =>
        Pick<IObservationStore>(db, cs => PostgresObservationStore.Open(cs), path => SqliteObservationStore.Open(path));

    /// <summary>Opens an existing store that nothing may write to, for the server.</summary>
    /// <exception cref="StoreException">There is no store there yet, or its schema is another version's.</exception>
    public static IObservationStore OpenReadOnly(string? db) =>
        Pick<IObservationStore>(db, PostgresObservationStore.OpenReadOnly, SqliteObservationStore.OpenReadOnly);

    public static ISanctionsStore OpenSanctions(string? db) =>
        Pick<ISanctionsStore>(db, cs => PostgresSanctionsStore.Open(cs), path => SqliteSanctionsStore.Open(path));

    public static IArticleStore OpenArticles(string? db) =>
        Pick<IArticleStore>(db, cs => PostgresArticleStore.Open(cs), path => SqliteArticleStore.Open(path));

    /// <summary>Opens the articles of an existing store that nothing may write to, for the server.</summary>
    /// <exception cref="StoreException">There is no store there yet, or its schema is another version's.</exception>
    public static IArticleStore OpenArticlesReadOnly(string? db) =>
        Pick<IArticleStore>(db, PostgresArticleStore.OpenReadOnly, SqliteArticleStore.OpenReadOnly);

    /// <summary>Opens the list versions of an existing store that nothing may write to, for the server.</summary>
    /// <exception cref="StoreException">There is no store there yet, or its schema is another version's.</exception>
    public static ISanctionsStore OpenSanctionsReadOnly(string? db) =>
        Pick<ISanctionsStore>(db, PostgresSanctionsStore.OpenReadOnly, SqliteSanctionsStore.OpenReadOnly);

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

    private static T Pick<T>(string? db, Func<string, T> postgres, Func<string, T> sqlite)
    {
        string location = DatabaseLocation.Resolve(db);
        return PostgresObservationStore.IsConnectionString(location) ? postgres(location) : sqlite(location);
    }
}
