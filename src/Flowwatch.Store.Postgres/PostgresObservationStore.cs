namespace Flowwatch.Store.Postgres;

/// <summary>The team-server store: the store on PostgreSQL (<see cref="PostgresDialect"/>), its tables created and migrated on open.</summary>
public static class PostgresObservationStore
{
    /// <summary>Whether a <c>--db</c> value names a PostgreSQL database rather than a file.</summary>
    public static bool IsConnectionString(string db) => PostgresDialect.IsConnectionString(db);

    /// <summary>Opens the store, creating and migrating its tables as needed.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=...;Database=...</c>) or a <c>postgresql://</c> URL.</param>
    /// <param name="clock">The clock that stamps ingests; the system clock by default.</param>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer.</exception>
    public static ObservationStore Open(string connectionString, TimeProvider? clock = null) =>
        ObservationStore.Open(PostgresDialect.Connect(connectionString, readOnly: false), clock);

    /// <summary>Opens an existing store for reading only, as the server does: every transaction is read-only, and nothing is created or migrated.</summary>
    /// <param name="connectionString">An Npgsql connection string or a <c>postgresql://</c> URL.</param>
    /// <exception cref="StoreException">The server cannot be reached, or the tables are missing or another version's.</exception>
    public static ObservationStore OpenReadOnly(string connectionString) =>
        ObservationStore.Open(PostgresDialect.Connect(connectionString, readOnly: true));
}
