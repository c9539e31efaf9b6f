using Flowwatch.Model.Sanctions;
using Flowwatch.Store.Sanctions;
using Npgsql;
using NpgsqlTypes;

namespace Flowwatch.Store.Postgres;

/// <summary>List versions on PostgreSQL: the same tables and semantics as <see cref="SqliteSanctionsStore"/>.</summary>
public sealed class PostgresSanctionsStore : ISanctionsStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;

    private PostgresSanctionsStore(NpgsqlDataSource dataSource, TimeProvider clock, string location)
    {
        _dataSource = dataSource;
        _clock = clock;
        Location = location;
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <summary>Opens the store, creating and migrating its tables as needed.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer.</exception>
    public static PostgresSanctionsStore Open(string connectionString, TimeProvider? clock = null)
    {
        NpgsqlDataSource dataSource = PostgresSchema.Connect(connectionString, readOnly: false, out string location);
        return new PostgresSanctionsStore(dataSource, clock ?? TimeProvider.System, location);
    }

    /// <summary>Opens an existing store for reading only, as the server does: every transaction is read-only, and nothing is created or migrated.</summary>
    /// <param name="connectionString">An Npgsql connection string or a <c>postgresql://</c> URL.</param>
    /// <exception cref="StoreException">The server cannot be reached, or the tables are missing or another version's.</exception>
    public static PostgresSanctionsStore OpenReadOnly(string connectionString)
    {
        NpgsqlDataSource dataSource = PostgresSchema.Connect(connectionString, readOnly: true, out string location);
        return new PostgresSanctionsStore(dataSource, TimeProvider.System, location);
    }

    /// <inheritdoc/>
    public SanctionsIngestOutcome Ingest(SanctionsList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        SanctionsListVersion? old = Versions().FirstOrDefault(v => v.Document.Sha256 == list.Document.Sha256);
        if (old is not null)
        {
            return new SanctionsIngestOutcome(old, IngestStatus.Unchanged);
        }

        DateTimeOffset now = _clock.GetUtcNow();
        using NpgsqlConnection connection = _dataSource.OpenConnection();
        using NpgsqlTransaction tx = connection.BeginTransaction();

        // The schema's advisory lock serialises loads: a second load of the same file waits, then finds it stored.
        using (var lockCmd = new NpgsqlCommand(PostgresSchema.TakeLock, connection, tx))
        {
            lockCmd.ExecuteNonQuery();
        }

        using (var again = new NpgsqlCommand("SELECT 1 FROM sanctions_lists WHERE sha256 = @sha;", connection, tx))
        {
            again.Parameters.AddWithValue("sha", list.Document.Sha256);
            if (again.ExecuteScalar() is not null)
            {
                tx.Rollback();
                return new SanctionsIngestOutcome(Versions().First(v => v.Document.Sha256 == list.Document.Sha256), IngestStatus.Unchanged);
            }
        }

        long id;
        using (var cmd = new NpgsqlCommand("INSERT INTO sanctions_lists (sha256, file_name, format, publisher, generated_at, ingested_at, entries) VALUES (@sha, @file, @format, @publisher, @generated, @ingested, @entries) RETURNING id;", connection, tx))
        {
            cmd.Parameters.AddWithValue("sha", list.Document.Sha256);
            cmd.Parameters.AddWithValue("file", list.Document.FileName);
            cmd.Parameters.AddWithValue("format", list.Document.Format);
            cmd.Parameters.AddWithValue("publisher", list.Document.Publisher);
            cmd.Parameters.AddWithValue("generated", list.Generated.UtcDateTime);
            cmd.Parameters.AddWithValue("ingested", now.UtcDateTime);
            cmd.Parameters.AddWithValue("entries", list.Parties.Count);
            id = (long)cmd.ExecuteScalar()!;
        }

        using (NpgsqlBinaryImporter copy = connection.BeginBinaryImport("COPY sanctions_entries (list_id, reference, kind, regime, name, listed_on, line, body) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (DesignatedParty p in list.Parties)
            {
                copy.StartRow();
                copy.Write(id, NpgsqlDbType.Bigint);
                copy.Write(p.Reference, NpgsqlDbType.Text);
                copy.Write(SanctionsRows.Kind(p.Kind), NpgsqlDbType.Text);
                copy.Write(p.Regime, NpgsqlDbType.Text);
                copy.Write(p.Name, NpgsqlDbType.Text);
                if (p.ListedOn is DateOnly d)
                {
                    copy.Write(d, NpgsqlDbType.Date);
                }
                else
                {
                    copy.WriteNull();
                }

                copy.Write(p.Line, NpgsqlDbType.Integer);
                copy.Write(SanctionsRows.Body(p), NpgsqlDbType.Text);
            }

            copy.Complete();
        }

        tx.Commit();
        return new SanctionsIngestOutcome(SanctionsRows.Version(list.Document.Sha256, list.Document.FileName, list.Document.Format, list.Document.Publisher, list.Generated, now, list.Parties.Count), IngestStatus.Stored);
    }

    /// <inheritdoc/>
    public IReadOnlyList<SanctionsListVersion> Versions()
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand(SanctionsRows.SelectVersions);
        using NpgsqlDataReader r = cmd.ExecuteReader();
        var list = new List<SanctionsListVersion>();
        while (r.Read())
        {
            list.Add(SanctionsRows.Version(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                new DateTimeOffset(r.GetDateTime(4), TimeSpan.Zero), new DateTimeOffset(r.GetDateTime(5), TimeSpan.Zero), r.GetInt32(6)));
        }

        return list;
    }

    /// <inheritdoc/>
    public SanctionsList? Load(string sha256)
    {
        SanctionsListVersion? version = Versions().FirstOrDefault(v => v.Document.Sha256 == sha256);
        if (version is null)
        {
            return null;
        }

        using NpgsqlCommand cmd = _dataSource.CreateCommand(SanctionsRows.SelectEntries);
        cmd.Parameters.AddWithValue("sha", sha256);
        using NpgsqlDataReader r = cmd.ExecuteReader();
        var parties = new List<DesignatedParty>(version.Entries);
        while (r.Read())
        {
            parties.Add(SanctionsRows.Party(r.GetString(0)));
        }

        return new SanctionsList(version.Document, version.Generated, parties);
    }

    /// <inheritdoc/>
    public void Dispose() => _dataSource.Dispose();
}
