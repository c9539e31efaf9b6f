using Flowwatch.Model;
using Npgsql;
using NpgsqlTypes;

namespace Flowwatch.Store.Postgres;

/// <summary>
/// The team-server store: the same schema and semantics as the embedded SQLite store, on PostgreSQL.
/// Figures are written with binary COPY inside the file's transaction.
/// </summary>
public sealed partial class PostgresObservationStore : IObservationStore, IWatchStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;

    private PostgresObservationStore(NpgsqlDataSource dataSource, TimeProvider clock, string location)
    {
        _dataSource = dataSource;
        _clock = clock;
        Location = location;
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <summary>Whether a <c>--db</c> value names a PostgreSQL database rather than a file.</summary>
    public static bool IsConnectionString(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Opens the store, creating and migrating its tables as needed.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=...;Database=...</c>) or a <c>postgresql://</c> URL.</param>
    /// <param name="clock">The clock that stamps ingests; the system clock by default.</param>
    /// <exception cref="StoreException">The server cannot be reached or the schema is newer.</exception>
    public static PostgresObservationStore Open(string connectionString, TimeProvider? clock = null)
    {
        NpgsqlDataSource dataSource = PostgresSchema.Connect(connectionString, readOnly: false, out string location);
        return new PostgresObservationStore(dataSource, clock ?? TimeProvider.System, location);
    }

    /// <summary>Opens an existing store for reading only, as the server does: every transaction is read-only, and nothing is created or migrated.</summary>
    /// <param name="connectionString">An Npgsql connection string or a <c>postgresql://</c> URL.</param>
    /// <exception cref="StoreException">The server cannot be reached, or the tables are missing or another version's.</exception>
    public static PostgresObservationStore OpenReadOnly(string connectionString)
    {
        NpgsqlDataSource dataSource = PostgresSchema.Connect(connectionString, readOnly: true, out string location);
        return new PostgresObservationStore(dataSource, TimeProvider.System, location);
    }

    /// <inheritdoc/>
    public bool HasSource(string sha256)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand("SELECT 1 FROM sources WHERE sha256 = @sha;");
        cmd.Parameters.AddWithValue("sha", sha256);
        return cmd.ExecuteScalar() is not null;
    }

    /// <inheritdoc/>
    public bool IsUnchanged(string sha256, string? citationList)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand("SELECT 1 FROM sources WHERE sha256 = @sha AND citation_list IS NOT DISTINCT FROM @list;");
        cmd.Parameters.AddWithValue("sha", sha256);
        cmd.Parameters.Add(new NpgsqlParameter("list", NpgsqlDbType.Text) { Value = (object?)citationList ?? DBNull.Value });
        return cmd.ExecuteScalar() is not null;
    }

    /// <inheritdoc/>
    public IngestOutcome Ingest(SourceFigures figures, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        SourceDocument doc = figures.Document;
        if (IsUnchanged(doc.Sha256, doc.CitationList))
        {
            return new IngestOutcome(doc, IngestStatus.Unchanged, 0, 0, []);
        }

        using NpgsqlConnection connection = _dataSource.OpenConnection();
        using NpgsqlTransaction tx = connection.BeginTransaction();

        // One ingest at a time: a second ingest of the same file waits here, then finds it stored and is
        // unchanged; ingests of different files cannot deadlock on the series they both add.
        using (var wait = new NpgsqlCommand(PostgresSchema.TakeLock, connection, tx))
        {
            wait.ExecuteNonQuery();
        }

        using (var again = new NpgsqlCommand("SELECT 1 FROM sources WHERE sha256 = @sha AND citation_list IS NOT DISTINCT FROM @list;", connection, tx))
        {
            again.Parameters.AddWithValue("sha", doc.Sha256);
            again.Parameters.Add(new NpgsqlParameter("list", NpgsqlDbType.Text) { Value = (object?)doc.CitationList ?? DBNull.Value });
            if (again.ExecuteScalar() is not null)
            {
                return new IngestOutcome(doc, IngestStatus.Unchanged, 0, 0, []);
            }
        }

        // The same file under a changed citation list: its old witnesses go in this transaction.
        bool replaced = RemoveWithin(doc.Sha256, connection, tx) is not null;
        long sourceId;
        using (var insertSource = new NpgsqlCommand(
            "INSERT INTO sources (sha256, file_name, format, publisher, release_date, ingested_at, rows, synthetic, citation_list, release_date_basis) VALUES (@sha, @name, @format, @publisher, @release, @at, @rows, @synthetic, @list, @basis) RETURNING id;", connection, tx))
        {
            insertSource.Parameters.AddWithValue("sha", doc.Sha256);
            insertSource.Parameters.AddWithValue("name", doc.FileName);
            insertSource.Parameters.AddWithValue("format", doc.Format);
            insertSource.Parameters.AddWithValue("publisher", doc.Publisher);
            insertSource.Parameters.Add(new NpgsqlParameter("release", NpgsqlDbType.Date) { Value = doc.ReleaseDate is { } d ? d : DBNull.Value });
            insertSource.Parameters.AddWithValue("at", _clock.GetUtcNow().UtcDateTime);
            insertSource.Parameters.AddWithValue("rows", figures.Observations.Count);
            insertSource.Parameters.AddWithValue("synthetic", doc.Synthetic ? 1 : 0);
            insertSource.Parameters.Add(new NpgsqlParameter("list", NpgsqlDbType.Text) { Value = (object?)doc.CitationList ?? DBNull.Value });
            insertSource.Parameters.Add(new NpgsqlParameter("basis", NpgsqlDbType.Text) { Value = (object?)DateBases.ToText(doc) ?? DBNull.Value });
            sourceId = (long)insertSource.ExecuteScalar()!;
        }

        Dictionary<SeriesKey, long> seriesIds = SeriesIds.Ensure(figures.Observations, connection, tx);
        var tracker = new RevisionTracker(CurrentValues(seriesIds.Values, doc.Synthetic, connection, tx));
        var citationIds = new Dictionary<IReadOnlyList<Citation>, long?>(ReferenceEqualityComparer.Instance);
        foreach (Observation o in figures.Observations)
        {
            tracker.Classify(seriesIds[o.Key], o);
            if (!citationIds.ContainsKey(o.Provenance.Citations))
            {
                citationIds.Add(o.Provenance.Citations, CitationSetId(o.Provenance.Citations, connection, tx));
            }
        }

        using (NpgsqlBinaryImporter copy = connection.BeginBinaryImport(
            "COPY observations (source_id, series_id, period, value, flag, locator, citations_id, note, publisher) FROM STDIN (FORMAT BINARY)"))
        {
            int written = 0;
            foreach (Observation o in figures.Observations)
            {
                copy.StartRow();
                copy.Write(sourceId, NpgsqlDbType.Bigint);
                copy.Write(seriesIds[o.Key], NpgsqlDbType.Bigint);
                copy.Write(o.Period.ToString(), NpgsqlDbType.Text);
                copy.Write(o.Value, NpgsqlDbType.Numeric);
                copy.Write((short)o.Flag, NpgsqlDbType.Smallint);
                copy.Write(o.Provenance.Locator.ToString(), NpgsqlDbType.Text);
                if (citationIds[o.Provenance.Citations] is { } id)
                {
                    copy.Write(id, NpgsqlDbType.Bigint);
                }
                else
                {
                    copy.WriteNull();
                }

                if (o.Note is { } note)
                {
                    copy.Write(note, NpgsqlDbType.Text);
                }
                else
                {
                    copy.WriteNull();
                }

                // A figure's own publisher only where it differs from the file's (a tidy CSV's publisher column).
                if (!string.Equals(o.Provenance.Document.Publisher, doc.Publisher, StringComparison.Ordinal))
                {
                    copy.Write(o.Provenance.Document.Publisher, NpgsqlDbType.Text);
                }
                else
                {
                    copy.WriteNull();
                }

                if (++written % 50_000 == 0)
                {
                    progress?.Report(written);
                }
            }

            copy.Complete();
        }

        tx.Commit();
        progress?.Report(figures.Observations.Count);
        return tracker.Outcome(doc, replaced);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Observation> Current(ObservationQuery query) => WitnessFolding.Current(Select(query), query.AsOf);

    /// <inheritdoc/>
    public IReadOnlyList<Observation> History(ObservationQuery query) => WitnessFolding.History(Select(query), query.AsOf);

    /// <inheritdoc/>
    public IReadOnlyList<SourceRecord> Sources()
    {
        var list = new List<(long, SourceRecord)>();
        using (NpgsqlCommand cmd = _dataSource.CreateCommand("SELECT sha256, file_name, format, publisher, release_date, ingested_at, rows, synthetic, id, release_date_basis FROM sources ORDER BY id;"))
        using (NpgsqlDataReader r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var doc = new SourceDocument(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4), r.GetInt32(7) != 0);
                doc = doc with { DateBasis = DateBases.FromText(r.IsDBNull(9) ? null : r.GetString(9), doc.ReleaseDate) };
                list.Add((r.GetInt64(8), new SourceRecord(doc, Utc(r, 5), r.GetInt32(6))));
            }
        }

        var lists = new List<(long, string?)>();
        using (NpgsqlCommand cmd = _dataSource.CreateCommand(SourcePublication.CitationListsSql))
        using (NpgsqlDataReader r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                lists.Add((r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)));
            }
        }

        return SourcePublication.Date(list, lists);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Removal>? Remove(IReadOnlyList<string> sha256s)
    {
        ArgumentNullException.ThrowIfNull(sha256s);
        using NpgsqlConnection connection = _dataSource.OpenConnection();
        using NpgsqlTransaction tx = connection.BeginTransaction();
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

    /// <inheritdoc/>
    public IReadOnlyList<Removal> Removals()
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand("SELECT sha256, file_name, format, publisher, release_date, synthetic, ingested_at, removed_at, rows FROM removals ORDER BY id;");
        using NpgsqlDataReader r = cmd.ExecuteReader();
        var list = new List<Removal>();
        while (r.Read())
        {
            var doc = new SourceDocument(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4), r.GetInt32(5) != 0);
            list.Add(new Removal(doc, Utc(r, 6), Utc(r, 7), r.GetInt32(8)));
        }

        return list;
    }

    /// <inheritdoc/>
    public void Dispose() => _dataSource.Dispose();

    private static DateTimeOffset Utc(System.Data.Common.DbDataReader r, int i) => new(r.GetFieldValue<DateTime>(i), TimeSpan.Zero);

    private Removal? RemoveWithin(string sha256, NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        Removal removal;
        long id;
        using (var find = new NpgsqlCommand("SELECT sha256, file_name, format, publisher, release_date, ingested_at, rows, synthetic, id FROM sources WHERE sha256 = @sha FOR UPDATE;", connection, tx))
        {
            find.Parameters.AddWithValue("sha", sha256);
            using NpgsqlDataReader r = find.ExecuteReader();
            if (!r.Read())
            {
                return null;
            }

            var doc = new SourceDocument(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4), r.GetInt32(7) != 0);
            removal = new Removal(doc, Utc(r, 5), _clock.GetUtcNow(), r.GetInt32(6));
            id = r.GetInt64(8);
        }

        using (var record = new NpgsqlCommand("""
            INSERT INTO removals (sha256, file_name, format, publisher, release_date, synthetic, ingested_at, removed_at, rows)
            SELECT sha256, file_name, format, publisher, release_date, synthetic, ingested_at, @at, rows FROM sources WHERE id = @id;
            DELETE FROM observations WHERE source_id = @id;
            DELETE FROM sources WHERE id = @id;
            """, connection, tx))
        {
            record.Parameters.AddWithValue("id", id);
            record.Parameters.AddWithValue("at", removal.RemovedAt.UtcDateTime);
            record.ExecuteNonQuery();
        }

        return removal;
    }

    private List<StoredWitness> Select(ObservationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using NpgsqlCommand cmd = _dataSource.CreateCommand();
        cmd.CommandText = StoredRow.Sql(query, (name, value) =>
        {
            cmd.Parameters.AddWithValue(name, value is DateTimeOffset t ? t.UtcDateTime : value);
            return "@" + name;
        });
        var rows = new StoredRow();
        var list = new List<StoredWitness>();
        using NpgsqlDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(rows.Read(r, (reader, i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i), (reader, i) => reader.GetDecimal(i), Utc));
        }

        return list;
    }

    private static Dictionary<(long, Period), (decimal, ObservationFlag, string)> CurrentValues(IEnumerable<long> seriesIds, bool synthetic, NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        var current = new Dictionary<(long, Period), (decimal, ObservationFlag, string)>();
        using var cmd = new NpgsqlCommand("""
            SELECT o.series_id, o.period, o.value, o.flag, so.file_name FROM observations o JOIN sources so ON so.id = o.source_id
            WHERE o.series_id = ANY(@series) AND (so.synthetic = 0 OR @synthetic) ORDER BY o.source_id;
            """, connection, tx);
        cmd.Parameters.AddWithValue("series", seriesIds.ToArray());
        cmd.Parameters.AddWithValue("synthetic", synthetic);
        using NpgsqlDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            // Ordered by file: the last one read is the current figure.
            current[(r.GetInt64(0), Period.Parse(r.GetString(1)))] = (r.GetDecimal(2), (ObservationFlag)r.GetInt16(3), r.GetString(4));
        }

        return current;
    }

    private static long? CitationSetId(IReadOnlyList<Citation> citations, NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        if (citations.Count == 0)
        {
            return null;
        }

        using var cmd = new NpgsqlCommand(
            "INSERT INTO citation_sets (body) VALUES (@body) ON CONFLICT (body) DO UPDATE SET body = excluded.body RETURNING id;", connection, tx);
        cmd.Parameters.AddWithValue("body", StoredRow.CitationBody(citations));
        return (long)cmd.ExecuteScalar()!;
    }

    internal static string ToKeywords(string connectionString)
    {
        if (!connectionString.Contains("://", StringComparison.Ordinal))
        {
            return connectionString;
        }

        var uri = new Uri(connectionString);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } db ? db : "postgres",
        };
        string[] user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        return builder.ConnectionString;
    }
}
