using System.Data;
using System.Data.Common;
using System.Globalization;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Store.Sanctions;

/// <summary>List versions beside the figures, in the same database, on any engine (<see cref="StoreDialect"/>).</summary>
public sealed class SanctionsStore : ISanctionsStore
{
    private readonly StoreDialect _dialect;
    private readonly TimeProvider _clock;

    private SanctionsStore(StoreDialect dialect, TimeProvider clock)
    {
        _dialect = dialect;
        _clock = clock;
    }

    /// <inheritdoc/>
    public string Location => _dialect.Location;

    /// <summary>The store on <paramref name="dialect"/>'s database, migrated (or, read-only, checked); the store owns the dialect.</summary>
    /// <exception cref="StoreException">The store is another version's, or (read-only) missing.</exception>
    public static SanctionsStore Open(StoreDialect dialect, TimeProvider? clock = null)
    {
        StoreSchema.Ready(dialect);

        return new SanctionsStore(dialect, clock ?? TimeProvider.System);
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
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbTransaction tx = _dialect.BeginWrite(connection);
            long id;
            using (DbCommand cmd = connection.Command("INSERT INTO sanctions_lists (sha256, file_name, format, publisher, generated_at, ingested_at, entries) VALUES (@sha, @file, @format, @publisher, @generated, @ingested, @entries) RETURNING id;", tx))
            {
                cmd.With("sha", list.Document.Sha256);
                cmd.With("file", list.Document.FileName);
                cmd.With("format", list.Document.Format);
                cmd.With("publisher", list.Document.Publisher);
                cmd.With("generated", _dialect.Time(list.Generated));
                cmd.With("ingested", _dialect.Time(now));
                cmd.With("entries", list.Parties.Count);
                id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            using (DbCommand insert = connection.Command(SanctionsRows.InsertEntry, tx))
            {
                insert.With("list", id);
                DbParameter reference = insert.Slot("reference", DbType.String), kind = insert.Slot("kind", DbType.String),
                    regime = insert.Slot("regime", DbType.String), name = insert.Slot("name", DbType.String),
                    listed = insert.Slot("listed", DbType.Date), line = insert.Slot("line", DbType.Int32), body = insert.Slot("body", DbType.String);
                foreach (DesignatedParty p in list.Parties)
                {
                    reference.Value = p.Reference;
                    kind.Value = SanctionsRows.Kind(p.Kind);
                    regime.Value = p.Regime;
                    name.Value = p.Name;
                    listed.Value = p.ListedOn is { } d ? _dialect.Date(d) : DBNull.Value;
                    line.Value = p.Line;
                    body.Value = SanctionsRows.Body(p);
                    insert.ExecuteNonQuery();
                }
            }

            tx.Commit();
        }
        finally
        {
            _dialect.Release(connection);
        }

        return new SanctionsIngestOutcome(SanctionsRows.Version(list.Document.Sha256, list.Document.FileName, list.Document.Format, list.Document.Publisher, list.Generated, now, list.Parties.Count), IngestStatus.Stored);
    }

    /// <inheritdoc/>
    public IReadOnlyList<SanctionsListVersion> Versions()
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbCommand cmd = connection.Command(SanctionsRows.SelectVersions);
            using DbDataReader r = cmd.ExecuteReader();
            var list = new List<SanctionsListVersion>();
            while (r.Read())
            {
                list.Add(SanctionsRows.Version(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), _dialect.ReadTime(r, 4), _dialect.ReadTime(r, 5), r.GetInt32(6)));
            }

            return list;
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public SanctionsList? Load(string sha256)
    {
        SanctionsListVersion? version = Versions().FirstOrDefault(v => v.Document.Sha256 == sha256);
        if (version is null)
        {
            return null;
        }

        DbConnection connection = _dialect.Connect();
        try
        {
            using DbCommand cmd = connection.Command(SanctionsRows.SelectEntries);
            cmd.With("sha", sha256);
            using DbDataReader r = cmd.ExecuteReader();
            var parties = new List<DesignatedParty>(version.Entries);
            while (r.Read())
            {
                parties.Add(SanctionsRows.Party(r.GetString(0)));
            }

            return new SanctionsList(version.Document, version.Generated, parties);
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _dialect.Dispose();
}
