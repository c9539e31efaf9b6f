using Flowwatch.Application;
using Flowwatch.Store;
using Flowwatch.Store.Postgres;
using Flowwatch.Store.Articles;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Cli;

/// <summary>
/// Opens the store the command line names: a SQLite file, or a PostgreSQL database for a team server. The figures
/// and the sanctions list versions live in the same place; writers migrate it, the server and the read verbs only read it.
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

    /// <summary>
    /// Opens an existing store for a read verb (series, scan, report, verify, sources, trace): read-only, so that
    /// reading never creates, migrates or fills a store. An empty store is said to be empty, on standard error.
    /// </summary>
    /// <exception cref="StoreException">There is no store there yet (the message says what to run first), or its schema is another version's.</exception>
    public static IObservationStore OpenForReading(string? db)
    {
        IObservationStore store = OpenReadOnly(db);
        if (store.Sources().Count == 0)
        {
            Terminal.Error.WriteLine($"note: {store.Location} holds no figures yet; `flowwatch demo` loads the bundled DPRK-Russia figures, `flowwatch ingest FILE...` your own.");
        }

        return store;
    }

    private static T Pick<T>(string? db, Func<string, T> postgres, Func<string, T> sqlite)
    {
        string location = DatabaseLocation.Resolve(db);
        return PostgresObservationStore.IsConnectionString(location) ? postgres(location) : sqlite(location);
    }
}
