using System.Globalization;
using Flowwatch.Model.Sanctions;
using Microsoft.Data.Sqlite;

namespace Flowwatch.Store.Sanctions;

/// <summary>List versions in the embedded SQLite store (the same file as the figures).</summary>
public sealed class SqliteSanctionsStore : ISanctionsStore
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    private SqliteSanctionsStore(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
    }

    /// <inheritdoc/>
    public string Location => _connection.DataSource;

    /// <summary>Opens (creating and migrating as needed) the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file is not a Flowwatch database or cannot be opened.</exception>
    public static SqliteSanctionsStore Open(string path, TimeProvider? clock = null)
    {
        // The observation store creates the file, its folder and the schema; this one shares them.
        SqliteObservationStore.Open(path, clock).Dispose();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using SqliteCommand pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
            pragma.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(StoreMessages.CannotOpen(path, e.Message), e);
        }

        return new SqliteSanctionsStore(connection, clock ?? TimeProvider.System);
    }

    /// <summary>Opens an existing store for reading only, as the server does: every write fails, and nothing is created or migrated.</summary>
    /// <exception cref="StoreException">There is no store at <paramref name="path"/>, or its schema is another version's.</exception>
    public static SqliteSanctionsStore OpenReadOnly(string path) => new(SqliteSchema.OpenReadOnly(path), TimeProvider.System);

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

        // BEGIN IMMEDIATE takes the write lock first; a second load of the same file waits here, then finds it stored.
        using SqliteTransaction tx = _connection.BeginTransaction(deferred: false);
        old = Versions(tx).FirstOrDefault(v => v.Document.Sha256 == list.Document.Sha256);
        if (old is not null)
        {
            return new SanctionsIngestOutcome(old, IngestStatus.Unchanged);
        }

        long id;
        using (SqliteCommand cmd = _connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO sanctions_lists (sha256, file_name, format, publisher, generated_at, ingested_at, entries) VALUES (@sha, @file, @format, @publisher, @generated, @ingested, @entries) RETURNING id;";
            cmd.Parameters.AddWithValue("@sha", list.Document.Sha256);
            cmd.Parameters.AddWithValue("@file", list.Document.FileName);
            cmd.Parameters.AddWithValue("@format", list.Document.Format);
            cmd.Parameters.AddWithValue("@publisher", list.Document.Publisher);
            cmd.Parameters.AddWithValue("@generated", Time(list.Generated));
            cmd.Parameters.AddWithValue("@ingested", Time(now));
            cmd.Parameters.AddWithValue("@entries", list.Parties.Count);
            id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        using (SqliteCommand insert = _connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = SanctionsRows.InsertEntry;
            string[] names = ["@list", "@reference", "@kind", "@regime", "@name", "@listed", "@line", "@body"];
            foreach (string n in names)
            {
                insert.Parameters.Add(new SqliteParameter { ParameterName = n });
            }

            insert.Prepare();
            foreach (DesignatedParty p in list.Parties)
            {
                insert.Parameters["@list"].Value = id;
                insert.Parameters["@reference"].Value = p.Reference;
                insert.Parameters["@kind"].Value = SanctionsRows.Kind(p.Kind);
                insert.Parameters["@regime"].Value = p.Regime;
                insert.Parameters["@name"].Value = p.Name;
                insert.Parameters["@listed"].Value = (object?)SanctionsRows.Date(p.ListedOn) ?? DBNull.Value;
                insert.Parameters["@line"].Value = p.Line;
                insert.Parameters["@body"].Value = SanctionsRows.Body(p);
                insert.ExecuteNonQuery();
            }
        }

        tx.Commit();
        return new SanctionsIngestOutcome(SanctionsRows.Version(list.Document.Sha256, list.Document.FileName, list.Document.Format, list.Document.Publisher, list.Generated, now, list.Parties.Count), IngestStatus.Stored);
    }

    /// <inheritdoc/>
    public IReadOnlyList<SanctionsListVersion> Versions() => Versions(null);

    private List<SanctionsListVersion> Versions(SqliteTransaction? tx)
    {
        using SqliteCommand cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = SanctionsRows.SelectVersions;
        using SqliteDataReader r = cmd.ExecuteReader();
        var list = new List<SanctionsListVersion>();
        while (r.Read())
        {
            list.Add(SanctionsRows.Version(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseTime(r.GetString(4)), ParseTime(r.GetString(5)), r.GetInt32(6)));
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

        using SqliteCommand cmd = _connection.CreateCommand();
        cmd.CommandText = SanctionsRows.SelectEntries;
        cmd.Parameters.AddWithValue("@sha", sha256);
        using SqliteDataReader r = cmd.ExecuteReader();
        var parties = new List<DesignatedParty>(version.Entries);
        while (r.Read())
        {
            parties.Add(SanctionsRows.Party(r.GetString(0)));
        }

        return new SanctionsList(version.Document, version.Generated, parties);
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string s) =>
        DateTimeOffset.ParseExact(s, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
