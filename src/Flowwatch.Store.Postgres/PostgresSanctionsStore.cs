using Flowwatch.Store.Sanctions;

namespace Flowwatch.Store.Postgres;

/// <summary>List versions in the team-server store, beside the figures (<see cref="PostgresDialect"/>).</summary>
public static class PostgresSanctionsStore
{
    /// <summary>Opens the store, creating and migrating its tables as needed.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer.</exception>
    public static SanctionsStore Open(string connectionString, TimeProvider? clock = null) =>
        SanctionsStore.Open(PostgresDialect.Connect(connectionString, readOnly: false), clock);

    /// <summary>Opens an existing store for reading only, as the server does: every transaction is read-only, and nothing is created or migrated.</summary>
    /// <exception cref="StoreException">The server cannot be reached, or the tables are missing or another version's.</exception>
    public static SanctionsStore OpenReadOnly(string connectionString) =>
        SanctionsStore.Open(PostgresDialect.Connect(connectionString, readOnly: true));
}
