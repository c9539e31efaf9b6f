using System.Data.Common;
using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>
/// The store, on any engine (<see cref="StoreDialect"/>): figures kept per file (one row per witness), the files,
/// their removals, the watcher's state. <see cref="WitnessFolding"/> turns witnesses into figures with all their
/// witnesses. Every statement is the same on every engine; the dialect binds values and bulk-loads figures.
/// </summary>
public sealed partial class ObservationStore : IObservationStore, IWatchStore
{
    private const string SourceColumns = "sha256, file_name, format, publisher, release_date, ingested_at, rows, synthetic, id, release_date_basis";

    private readonly StoreDialect _dialect;
    private readonly TimeProvider _clock;

    private ObservationStore(StoreDialect dialect, TimeProvider clock)
    {
        _dialect = dialect;
        _clock = clock;
    }

    /// <inheritdoc/>
    public string Location => _dialect.Location;

    /// <summary>The engine, for tools that look at its plans.</summary>
    public StoreDialect Dialect => _dialect;

    /// <summary>
    /// The store on <paramref name="dialect"/>'s database: a writer creates and migrates its tables; a read-only
    /// dialect's store is only checked (it must exist and have this version's schema). The store owns the dialect.
    /// </summary>
    /// <param name="dialect">The engine, connected.</param>
    /// <param name="clock">The clock that stamps ingests and removals; the system clock by default.</param>
    /// <exception cref="StoreException">The store is another version's, or (read-only) missing.</exception>
    public static ObservationStore Open(StoreDialect dialect, TimeProvider? clock = null)
    {
        StoreSchema.Ready(dialect);

        return new ObservationStore(dialect, clock ?? TimeProvider.System);
    }

    /// <inheritdoc/>
    public bool HasSource(string sha256) => Scalar("SELECT 1 FROM sources WHERE sha256 = @sha;", ("sha", sha256)) is not null;

    /// <inheritdoc/>
    public bool IsUnchanged(string sha256, string? citationList) =>
        Scalar("SELECT 1 FROM sources WHERE sha256 = @sha AND citation_list IS NOT DISTINCT FROM @list;", ("sha", sha256), ("list", citationList)) is not null;

    /// <inheritdoc/>
    public IngestOutcome Ingest(SourceFigures figures, IProgress<int>? progress = null) => Ingest((IFigureSource)figures, progress);

    /// <inheritdoc/>
    public IngestOutcome Ingest(IFigureSource source, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        SourceDocument doc = source.Document;
        if (IsUnchanged(doc.Sha256, doc.CitationList))
        {
            return new IngestOutcome(doc, IngestStatus.Unchanged, 0, 0, []);
        }

        DbConnection connection = _dialect.Connect();
        try
        {
            // The writer's lock is taken first: a writer that ingested the same file meanwhile makes this one
            // unchanged rather than a UNIQUE failure.
            using DbTransaction tx = _dialect.BeginWrite(connection);
            using (DbCommand again = connection.Command("SELECT 1 FROM sources WHERE sha256 = @sha AND citation_list IS NOT DISTINCT FROM @list;", tx))
            {
                again.With("sha", doc.Sha256);
                again.With("list", doc.CitationList);
                if (again.ExecuteScalar() is not null)
                {
                    return new IngestOutcome(doc, IngestStatus.Unchanged, 0, 0, []);
                }
            }

            // The same file under a changed citation list: its old witnesses go in this transaction, so the store
            // never holds both citation lists nor neither.
            bool replaced = RemoveWithin(doc.Sha256, connection, tx) is not null;
            using var file = new FileIngest(_dialect, connection, tx, doc, _clock.GetUtcNow());
            foreach (IReadOnlyList<Observation> batch in source.Batches)
            {
                file.Write(batch);
                progress?.Report(file.Rows);
            }

            SourceDocument? accepted = source.Accepted;
            IReadOnlyList<DuplicateFigure> duplicates = file.Complete();
            if (accepted is null || duplicates.Count > 0)
            {
                // Rolled back on dispose: nothing of the file is kept.
                return new IngestOutcome(doc, IngestStatus.Refused, 0, 0, []) { Duplicates = duplicates };
            }

            IngestOutcome outcome = file.Classify(accepted, replaced);
            tx.Commit();
            return outcome;
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<Observation> Current(ObservationQuery query) => WitnessFolding.Current(Select(query), query.AsOf);

    /// <inheritdoc/>
    public IReadOnlyList<Observation> History(ObservationQuery query) => WitnessFolding.History(Select(query), query.AsOf);

    /// <inheritdoc/>
    public IReadOnlyList<SourceRecord> Sources()
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            var list = new List<(long, SourceRecord)>();
            using (DbCommand cmd = connection.Command($"SELECT {SourceColumns} FROM sources ORDER BY id;"))
            using (DbDataReader r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    list.Add((r.GetInt64(8), new SourceRecord(ReadDocument(r), _dialect.ReadTime(r, 5), r.GetInt32(6))));
                }
            }

            var lists = new List<(long, string?)>();
            using (DbCommand cmd = connection.Command(SourcePublication.CitationListsSql))
            using (DbDataReader r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    lists.Add((r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)));
                }
            }

            return SourcePublication.Date(list, lists);
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<Removal>? Remove(IReadOnlyList<string> sha256s)
    {
        ArgumentNullException.ThrowIfNull(sha256s);
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbTransaction tx = _dialect.BeginWrite(connection);
            var removals = new List<Removal>();
            foreach (string sha in sha256s.Distinct(StringComparer.Ordinal))
            {
                if (RemoveWithin(sha, connection, tx) is not { } removal)
                {
                    // One is missing: nothing is removed (the transaction rolls back on dispose).
                    return null;
                }

                removals.Add(removal);
            }

            tx.Commit();
            return removals;
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<Removal> Removals()
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbCommand cmd = connection.Command("SELECT sha256, file_name, format, publisher, release_date, synthetic, ingested_at, removed_at, rows FROM removals ORDER BY id;");
            using DbDataReader r = cmd.ExecuteReader();
            var list = new List<Removal>();
            while (r.Read())
            {
                var doc = new SourceDocument(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), _dialect.ReadDate(r, 4), Convert.ToInt32(r.GetValue(5), System.Globalization.CultureInfo.InvariantCulture) != 0);
                list.Add(new Removal(doc, _dialect.ReadTime(r, 6), _dialect.ReadTime(r, 7), r.GetInt32(8)));
            }

            return list;
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <summary>The engine's plan for the read <see cref="Current"/> and <see cref="History"/> run for <paramref name="query"/>.</summary>
    public IReadOnlyList<string> Plan(ObservationQuery query)
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbCommand cmd = SelectCommand(connection, query);
            return _dialect.Plan(cmd);
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _dialect.Dispose();

    // A row of SourceColumns.
    private SourceDocument ReadDocument(DbDataReader r)
    {
        DateOnly? release = _dialect.ReadDate(r, 4);
        return new SourceDocument(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), release, Convert.ToInt32(r.GetValue(7), System.Globalization.CultureInfo.InvariantCulture) != 0)
        {
            DateBasis = DateBases.FromText(r.IsDBNull(9) ? null : r.GetString(9), release),
        };
    }

    private Removal? RemoveWithin(string sha256, DbConnection connection, DbTransaction tx)
    {
        Removal removal;
        long id;
        using (DbCommand find = connection.Command($"SELECT {SourceColumns} FROM sources WHERE sha256 = @sha;", tx))
        {
            find.With("sha", sha256);
            using DbDataReader r = find.ExecuteReader();
            if (!r.Read())
            {
                return null;
            }

            removal = new Removal(ReadDocument(r), _dialect.ReadTime(r, 5), _clock.GetUtcNow(), r.GetInt32(6));
            id = r.GetInt64(8);
        }

        using (DbCommand record = connection.Command("""
            INSERT INTO removals (sha256, file_name, format, publisher, release_date, synthetic, ingested_at, removed_at, rows)
            SELECT sha256, file_name, format, publisher, release_date, synthetic, ingested_at, @at, rows FROM sources WHERE id = @id;
            """, tx))
        {
            record.With("id", id);
            record.With("at", _dialect.Time(removal.RemovedAt));
            record.ExecuteNonQuery();
        }

        foreach (string delete in (string[])["DELETE FROM observations WHERE source_id = @id;", "DELETE FROM source_citations WHERE source_id = @id;", "DELETE FROM sources WHERE id = @id;"])
        {
            using DbCommand cmd = connection.Command(delete, tx);
            cmd.With("id", id);
            cmd.ExecuteNonQuery();
        }

        return removal;
    }

    private DbCommand SelectCommand(DbConnection connection, ObservationQuery query)
    {
        DbCommand cmd = connection.CreateCommand();
        cmd.CommandText = StoredRow.Sql(query, (name, value) =>
        {
            cmd.With(name, value is DateTimeOffset t ? _dialect.Time(t) : value);
            return "@" + name;
        });
        return cmd;
    }

    private List<StoredWitness> Select(ObservationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbCommand cmd = SelectCommand(connection, query);
            var rows = new StoredRow();
            var list = new List<StoredWitness>();
            using DbDataReader r = cmd.ExecuteReader();
            while (r.Read())
            {
                list.Add(rows.Read(r, _dialect.ReadDate, _dialect.ReadNumber, _dialect.ReadTime));
            }

            return list;
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbCommand cmd = connection.Command(sql);
            foreach ((string name, object? value) in parameters)
            {
                cmd.With(name, value);
            }

            return cmd.ExecuteScalar();
        }
        finally
        {
            _dialect.Release(connection);
        }
    }
}
