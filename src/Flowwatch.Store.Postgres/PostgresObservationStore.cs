using System.Globalization;
using Flowwatch.Model;
using Flowwatch.Sources;
using Npgsql;
using NpgsqlTypes;

namespace Flowwatch.Store.Postgres;

/// <summary>
/// The team-server store: the same schema and semantics as the embedded SQLite store, on PostgreSQL.
/// Figures are written with binary COPY inside the file's transaction.
/// </summary>
public sealed class PostgresObservationStore : IObservationStore
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
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(ToKeywords(connectionString));
        string location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}" + (builder.SearchPath is { Length: > 0 } p ? $" (schema {p})" : "");
        NpgsqlDataSource dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            PostgresSchema.Migrate(dataSource);
        }
        catch (NpgsqlException e)
        {
            dataSource.Dispose();
            throw new StoreException($"{location}: cannot open the database ({e.Message}).", e);
        }

        return new PostgresObservationStore(dataSource, clock ?? TimeProvider.System, location);
    }

    /// <inheritdoc/>
    public bool HasSource(string sha256)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand("SELECT 1 FROM sources WHERE sha256 = @sha;");
        cmd.Parameters.AddWithValue("sha", sha256);
        return cmd.ExecuteScalar() is not null;
    }

    /// <inheritdoc/>
    public IngestOutcome Ingest(ReadResult result, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.HasErrors)
        {
            throw new ArgumentException($"{result.Document.FileName}: the file has errors and is not stored; fix them and ingest it again.", nameof(result));
        }

        SourceDocument doc = result.Document;
        if (HasSource(doc.Sha256))
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

        using (var again = new NpgsqlCommand("SELECT 1 FROM sources WHERE sha256 = @sha;", connection, tx))
        {
            again.Parameters.AddWithValue("sha", doc.Sha256);
            if (again.ExecuteScalar() is not null)
            {
                return new IngestOutcome(doc, IngestStatus.Unchanged, 0, 0, []);
            }
        }

        long sourceId;
        using (var insertSource = new NpgsqlCommand(
            "INSERT INTO sources (sha256, file_name, format, publisher, release_date, ingested_at, rows) VALUES (@sha, @name, @format, @publisher, @release, @at, @rows) RETURNING id;", connection, tx))
        {
            insertSource.Parameters.AddWithValue("sha", doc.Sha256);
            insertSource.Parameters.AddWithValue("name", doc.FileName);
            insertSource.Parameters.AddWithValue("format", doc.Format);
            insertSource.Parameters.AddWithValue("publisher", doc.Publisher);
            insertSource.Parameters.Add(new NpgsqlParameter("release", NpgsqlDbType.Date) { Value = doc.ReleaseDate is { } d ? d : DBNull.Value });
            insertSource.Parameters.AddWithValue("at", _clock.GetUtcNow().UtcDateTime);
            insertSource.Parameters.AddWithValue("rows", result.Observations.Count);
            sourceId = (long)insertSource.ExecuteScalar()!;
        }

        Dictionary<SeriesKey, long> seriesIds = SeriesIds.Ensure(result.Observations, connection, tx);
        var tracker = new RevisionTracker(CurrentValues(seriesIds.Values, connection, tx));
        var citationIds = new Dictionary<IReadOnlyList<Citation>, long?>(ReferenceEqualityComparer.Instance);
        foreach (Observation o in result.Observations)
        {
            tracker.Classify(seriesIds[o.Key], o);
            if (!citationIds.ContainsKey(o.Provenance.Citations))
            {
                citationIds.Add(o.Provenance.Citations, CitationSetId(o.Provenance.Citations, connection, tx));
            }
        }

        using (NpgsqlBinaryImporter copy = connection.BeginBinaryImport(
            "COPY observations (source_id, series_id, period, value, flag, locator, citations_id, note) FROM STDIN (FORMAT BINARY)"))
        {
            int written = 0;
            foreach (Observation o in result.Observations)
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

                if (++written % 50_000 == 0)
                {
                    progress?.Report(written);
                }
            }

            copy.Complete();
        }

        tx.Commit();
        progress?.Report(result.Observations.Count);
        return tracker.Outcome(doc);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Observation> Current(ObservationQuery query) => Select(query, latestOnly: true);

    /// <inheritdoc/>
    public IReadOnlyList<Observation> History(ObservationQuery query) => Select(query, latestOnly: false);

    /// <inheritdoc/>
    public IReadOnlyList<SourceRecord> Sources()
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand("SELECT sha256, file_name, format, publisher, release_date, ingested_at, rows FROM sources ORDER BY id;");
        using NpgsqlDataReader r = cmd.ExecuteReader();
        var list = new List<SourceRecord>();
        while (r.Read())
        {
            var doc = new SourceDocument(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4));
            list.Add(new SourceRecord(doc, new DateTimeOffset(r.GetFieldValue<DateTime>(5), TimeSpan.Zero), r.GetInt32(6)));
        }

        return list;
    }

    /// <inheritdoc/>
    public void Dispose() => _dataSource.Dispose();

    private List<Observation> Select(ObservationQuery query, bool latestOnly)
    {
        ArgumentNullException.ThrowIfNull(query);
        using NpgsqlCommand cmd = _dataSource.CreateCommand();
        cmd.CommandText = StoredRow.Sql(query, latestOnly, (name, value) =>
        {
            cmd.Parameters.AddWithValue(name, value is DateTimeOffset t ? t.UtcDateTime : value);
            return "@" + name;
        });
        var rows = new StoredRow();
        var list = new List<Observation>();
        using NpgsqlDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(rows.Read(r, (reader, i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i), (reader, i) => reader.GetDecimal(i)));
        }

        return list;
    }

    private static Dictionary<(long, Period), (decimal, ObservationFlag, string)> CurrentValues(IEnumerable<long> seriesIds, NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        var current = new Dictionary<(long, Period), (decimal, ObservationFlag, string)>();
        using var cmd = new NpgsqlCommand("""
            SELECT o.series_id, o.period, o.value, o.flag, so.file_name FROM observations o JOIN sources so ON so.id = o.source_id
            WHERE o.series_id = ANY(@series) ORDER BY o.source_id;
            """, connection, tx);
        cmd.Parameters.AddWithValue("series", seriesIds.ToArray());
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

    private static string ToKeywords(string connectionString)
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
