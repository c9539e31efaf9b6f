using System.Globalization;
using Flowwatch.Model;
using Microsoft.Data.Sqlite;

namespace Flowwatch.Store;

/// <summary>The embedded store: one SQLite file, created and migrated on open.</summary>
/// <remarks>
/// Figures are kept per file (one row per witness); <see cref="WitnessFolding"/> turns them into figures with
/// all their witnesses. Values are stored as invariant decimal text so that nothing is rounded.
/// </remarks>
public sealed partial class SqliteObservationStore : IObservationStore, IWatchStore
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    private SqliteObservationStore(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
    }

    /// <summary>The database file.</summary>
    public string Path => _connection.DataSource;

    /// <inheritdoc/>
    public string Location => Path;

    /// <summary>Opens (creating and migrating as needed) the store at <paramref name="path"/>.</summary>
    /// <param name="path">The database file; its folder is created.</param>
    /// <param name="clock">The clock that stamps ingests; the system clock by default.</param>
    /// <exception cref="StoreException">The file is not a Flowwatch database or cannot be opened.</exception>
    public static SqliteObservationStore Open(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            // Larger pages (taken only when the file is created) mean fewer index splits on bulk ingest.
            Execute(connection, "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;");
            SqliteSchema.Migrate(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(StoreMessages.CannotOpen(path, e.Message), e);
        }

        return new SqliteObservationStore(connection, clock ?? TimeProvider.System);
    }

    /// <summary>Opens an existing store for reading only, as the server does: every write fails, and nothing is created or migrated.</summary>
    /// <param name="path">The database file, which must exist and have this version's schema.</param>
    /// <exception cref="StoreException">There is no store at <paramref name="path"/>, or its schema is another version's.</exception>
    public static SqliteObservationStore OpenReadOnly(string path) => new(SqliteSchema.OpenReadOnly(path), TimeProvider.System);

    /// <inheritdoc/>
    public bool HasSource(string sha256)
    {
        using SqliteCommand cmd = Command("SELECT 1 FROM sources WHERE sha256 = $sha;");
        cmd.Parameters.AddWithValue("$sha", sha256);
        return cmd.ExecuteScalar() is not null;
    }

    /// <inheritdoc/>
    public bool IsUnchanged(string sha256, string? citationList)
    {
        using SqliteCommand cmd = Command("SELECT 1 FROM sources WHERE sha256 = $sha AND citation_list IS $list;");
        cmd.Parameters.AddWithValue("$sha", sha256);
        cmd.Parameters.AddWithValue("$list", (object?)citationList ?? DBNull.Value);
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

        // BEGIN IMMEDIATE (the default here) waits for any other writer; one that ingested the same file
        // meanwhile makes this one unchanged rather than a UNIQUE failure.
        using SqliteTransaction tx = _connection.BeginTransaction();
        using (SqliteCommand again = Command("SELECT 1 FROM sources WHERE sha256 = $sha AND citation_list IS $list;", tx))
        {
            again.Parameters.AddWithValue("$sha", doc.Sha256);
            again.Parameters.AddWithValue("$list", (object?)doc.CitationList ?? DBNull.Value);
            if (again.ExecuteScalar() is not null)
            {
                return new IngestOutcome(doc, IngestStatus.Unchanged, 0, 0, []);
            }
        }

        // The same file under a changed citation list: its old witnesses go in this transaction, so the store
        // never holds both citation lists nor neither.
        bool replaced = RemoveWithin(doc.Sha256, tx) is not null;
        long sourceId;
        using (SqliteCommand insertSource = Command(
            "INSERT INTO sources (sha256, file_name, format, publisher, release_date, ingested_at, rows, synthetic, citation_list, release_date_basis) VALUES ($sha, $name, $format, $publisher, $release, $at, $rows, $synthetic, $list, $basis) RETURNING id;", tx))
        {
            insertSource.Parameters.AddWithValue("$sha", doc.Sha256);
            insertSource.Parameters.AddWithValue("$name", doc.FileName);
            insertSource.Parameters.AddWithValue("$format", doc.Format);
            insertSource.Parameters.AddWithValue("$publisher", doc.Publisher);
            insertSource.Parameters.AddWithValue("$release", doc.ReleaseDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
            insertSource.Parameters.AddWithValue("$at", _clock.GetUtcNow().UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture));
            insertSource.Parameters.AddWithValue("$rows", figures.Observations.Count);
            insertSource.Parameters.AddWithValue("$synthetic", doc.Synthetic ? 1 : 0);
            insertSource.Parameters.AddWithValue("$list", (object?)doc.CitationList ?? DBNull.Value);
            insertSource.Parameters.AddWithValue("$basis", (object?)DateBases.ToText(doc) ?? DBNull.Value);
            sourceId = (long)insertSource.ExecuteScalar()!;
        }

        Dictionary<SeriesKey, long> seriesIds = SeriesIds.Ensure(figures.Observations, _connection, tx);
        var tracker = new RevisionTracker(CurrentValues(seriesIds.Values, doc.Synthetic, tx));
        var citationIds = new Dictionary<IReadOnlyList<Citation>, long?>(ReferenceEqualityComparer.Instance);

        // Many rows per INSERT: the per-statement cost, not SQLite, bounds the rate of single-row inserts.
        using var batch = new ObservationBatch(_connection, tx, sourceId, doc.Publisher);
        int written = 0;
        // Rows go in series and period order: the index then grows at a few places instead of everywhere,
        // which keeps its pages in cache (a third faster for a million rows).
        var ordered = figures.Observations.Select(o => (Series: seriesIds[o.Key], Observation: o)).ToArray();
        Array.Sort(ordered, (a, b) => a.Series != b.Series ? a.Series.CompareTo(b.Series) : a.Observation.Period.CompareTo(b.Observation.Period));
        foreach ((long seriesId, Observation o) in ordered)
        {
            tracker.Classify(seriesId, o);
            if (!citationIds.TryGetValue(o.Provenance.Citations, out long? citationsId))
            {
                citationsId = CitationSetId(o.Provenance.Citations, tx);
                citationIds.Add(o.Provenance.Citations, citationsId);
            }

            batch.Add(seriesId, o, citationsId);
            if (++written % 50_000 == 0)
            {
                progress?.Report(written);
            }
        }

        batch.Flush();
        tx.Commit();
        progress?.Report(written);
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
        using (SqliteCommand cmd = Command("SELECT sha256, file_name, format, publisher, release_date, ingested_at, rows, synthetic, id, release_date_basis FROM sources ORDER BY id;"))
        using (SqliteDataReader r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var doc = new SourceDocument(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ReadDate(r, 4), r.GetInt32(7) != 0);
                doc = doc with { DateBasis = DateBases.FromText(r.IsDBNull(9) ? null : r.GetString(9), doc.ReleaseDate) };
                list.Add((r.GetInt64(8), new SourceRecord(doc, ParseTime(r.GetString(5)), r.GetInt32(6))));
            }
        }

        var lists = new List<(long, string?)>();
        using (SqliteCommand cmd = Command(SourcePublication.CitationListsSql))
        using (SqliteDataReader r = cmd.ExecuteReader())
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
        using SqliteTransaction tx = _connection.BeginTransaction();
        var removals = new List<Removal>();
        foreach (string sha in sha256s.Distinct(StringComparer.Ordinal))
        {
            if (RemoveWithin(sha, tx) is not { } removal)
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
        using SqliteCommand cmd = Command("SELECT sha256, file_name, format, publisher, release_date, synthetic, ingested_at, removed_at, rows FROM removals ORDER BY id;");
        using SqliteDataReader r = cmd.ExecuteReader();
        var list = new List<Removal>();
        while (r.Read())
        {
            var doc = new SourceDocument(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ReadDate(r, 4), r.GetInt32(5) != 0);
            list.Add(new Removal(doc, ParseTime(r.GetString(6)), ParseTime(r.GetString(7)), r.GetInt32(8)));
        }

        return list;
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private Removal? RemoveWithin(string sha256, SqliteTransaction tx)
    {
        Removal removal;
        long id;
        using (SqliteCommand find = Command("SELECT sha256, file_name, format, publisher, release_date, ingested_at, rows, synthetic, id FROM sources WHERE sha256 = $sha;", tx))
        {
            find.Parameters.AddWithValue("$sha", sha256);
            using SqliteDataReader r = find.ExecuteReader();
            if (!r.Read())
            {
                return null;
            }

            var doc = new SourceDocument(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ReadDate(r, 4), r.GetInt32(7) != 0);
            removal = new Removal(doc, ParseTime(r.GetString(5)), _clock.GetUtcNow(), r.GetInt32(6));
            id = r.GetInt64(8);
        }

        using (SqliteCommand record = Command("""
            INSERT INTO removals (sha256, file_name, format, publisher, release_date, synthetic, ingested_at, removed_at, rows)
            SELECT sha256, file_name, format, publisher, release_date, synthetic, ingested_at, $at, rows FROM sources WHERE id = $id;
            DELETE FROM observations WHERE source_id = $id;
            DELETE FROM sources WHERE id = $id;
            """, tx))
        {
            record.Parameters.AddWithValue("$id", id);
            record.Parameters.AddWithValue("$at", removal.RemovedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
        }

        return removal;
    }

    private List<StoredWitness> Select(ObservationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using SqliteCommand cmd = _connection.CreateCommand();
        cmd.CommandText = StoredRow.Sql(query, (name, value) =>
        {
            cmd.Parameters.AddWithValue("@" + name, value is DateTimeOffset t ? t.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture) : value);
            return "@" + name;
        });

        var rows = new StoredRow();
        var list = new List<StoredWitness>();
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(rows.Read(
                r,
                (reader, i) => ReadDate(reader, i),
                (reader, i) => decimal.Parse(reader.GetString(i), NumberStyles.Number, CultureInfo.InvariantCulture),
                (reader, i) => ParseTime(reader.GetString(i))));
        }

        return list;
    }

    private static DateOnly? ReadDate(System.Data.Common.DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Dictionary<(long, Period), (decimal, ObservationFlag, string)> CurrentValues(IEnumerable<long> seriesIds, bool synthetic, SqliteTransaction tx)
    {
        var current = new Dictionary<(long, Period), (decimal, ObservationFlag, string)>();
        using SqliteCommand cmd = Command("""
            SELECT o.series_id, o.period, o.value, o.flag, so.file_name FROM observations o JOIN sources so ON so.id = o.source_id
            WHERE o.series_id = $series AND (so.synthetic = 0 OR $synthetic = 1) ORDER BY o.source_id;
            """, tx);
        cmd.Parameters.AddWithValue("$synthetic", synthetic ? 1 : 0);
        SqliteParameter series = cmd.Parameters.Add("$series", SqliteType.Integer);
        foreach (long id in seriesIds)
        {
            series.Value = id;
            using SqliteDataReader r = cmd.ExecuteReader();
            while (r.Read())
            {
                // Ordered by file: the last one read is the current figure.
                current[(id, Period.Parse(r.GetString(1)))] =
                    (decimal.Parse(r.GetString(2), NumberStyles.Number, CultureInfo.InvariantCulture), (ObservationFlag)r.GetInt32(3), r.GetString(4));
            }
        }

        return current;
    }

    private long? CitationSetId(IReadOnlyList<Citation> citations, SqliteTransaction tx)
    {
        if (citations.Count == 0)
        {
            return null;
        }

        string body = StoredRow.CitationBody(citations);
        using SqliteCommand cmd = Command(
            "INSERT INTO citation_sets (body) VALUES ($body) ON CONFLICT (body) DO UPDATE SET body = excluded.body RETURNING id;", tx);
        cmd.Parameters.AddWithValue("$body", body);
        return (long)cmd.ExecuteScalar()!;
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        SqliteCommand cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
