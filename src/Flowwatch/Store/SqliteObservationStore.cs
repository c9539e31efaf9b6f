using Flowwatch.Store.Sqlite;

namespace Flowwatch.Store;

/// <summary>The embedded store: one SQLite file (<see cref="SqliteDialect"/>), created and migrated on open.</summary>
public static class SqliteObservationStore
{
    /// <summary>Opens (creating and migrating as needed) the store at <paramref name="path"/>.</summary>
    /// <param name="path">The database file; its folder is created.</param>
    /// <param name="clock">The clock that stamps ingests; the system clock by default.</param>
    /// <exception cref="StoreException">The file is not a Flowwatch database or cannot be opened.</exception>
    public static ObservationStore Open(string path, TimeProvider? clock = null) => ObservationStore.Open(SqliteDialect.Open(path, readOnly: false), clock);

    /// <summary>Opens an existing store for reading only, as the server does: every write fails, and nothing is created or migrated.</summary>
    /// <param name="path">The database file, which must exist and have this version's schema.</param>
    /// <exception cref="StoreException">There is no store at <paramref name="path"/>, or its schema is another version's.</exception>
    public static ObservationStore OpenReadOnly(string path) => ObservationStore.Open(SqliteDialect.Open(path, readOnly: true));
}
