using System.Data;
using System.Data.Common;
using System.Globalization;
using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>
/// One file being written, inside its transaction: its <c>sources</c> row, its series and citation lists (found or
/// added as its batches arrive, a few per file), its figures through the engine's bulk load, and at the end how
/// they compare with what the store held. Memory follows the file's series and citation lists, not its figures.
/// </summary>
internal sealed class FileIngest : IDisposable
{
    private readonly StoreDialect _dialect;
    private readonly DbConnection _connection;
    private readonly DbTransaction _tx;
    private readonly SourceDocument _document;
    private readonly long _sourceId;
    private readonly FigureLoad _load;
    private readonly Dictionary<SeriesKey, (long Id, bool Existed)> _series = [];
    private readonly Dictionary<IReadOnlyList<Citation>, long?> _citations = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<long?> _citationIds = [];
    private readonly DbCommand _findSeries;
    private readonly DbCommand _addSeries;
    private readonly DbCommand _addCitations;
    private FigureRow[] _rows = [];

    public FileIngest(StoreDialect dialect, DbConnection connection, DbTransaction tx, SourceDocument document, DateTimeOffset now)
    {
        _dialect = dialect;
        _connection = connection;
        _tx = tx;
        _document = document;
        using (DbCommand insert = connection.Command(
            "INSERT INTO sources (sha256, file_name, format, publisher, release_date, ingested_at, rows, synthetic, citation_list, release_date_basis) VALUES (@sha, @name, @format, @publisher, @release, @at, 0, @synthetic, @list, @basis) RETURNING id;", tx))
        {
            insert.With("sha", document.Sha256);
            insert.With("name", document.FileName);
            insert.With("format", document.Format);
            insert.With("publisher", document.Publisher);
            insert.With("release", document.ReleaseDate is { } d ? dialect.Date(d) : null, DbType.Date);
            insert.With("at", dialect.Time(now));
            insert.With("synthetic", document.Synthetic ? 1 : 0);
            insert.With("list", document.CitationList);
            insert.With("basis", DateBases.ToText(document));
            _sourceId = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        _findSeries = connection.Command("SELECT id FROM series WHERE dataset = @d AND reporter = @r AND partner = @p AND breakdown = @b;", tx);
        _addSeries = connection.Command("INSERT INTO series (dataset, reporter, partner, breakdown) VALUES (@d, @r, @p, @b) RETURNING id;", tx);
        foreach (DbCommand cmd in (DbCommand[])[_findSeries, _addSeries])
        {
            foreach (string name in (string[])["d", "r", "p", "b"])
            {
                cmd.Slot(name, DbType.String);
            }
        }

        _addCitations = connection.Command(
            "INSERT INTO citation_sets (body) VALUES (@body) ON CONFLICT (body) DO UPDATE SET body = excluded.body RETURNING id;", tx);
        _addCitations.Slot("body", DbType.String);
        _load = dialect.BeginLoad(connection, tx, _sourceId);
    }

    /// <summary>Figures written so far.</summary>
    public int Rows { get; private set; }

    /// <summary>Writes a batch.</summary>
    public void Write(IReadOnlyList<Observation> batch)
    {
        if (_rows.Length < batch.Count)
        {
            _rows = new FigureRow[batch.Count];
        }

        for (int i = 0; i < batch.Count; i++)
        {
            Observation o = batch[i];
            // A figure's own publisher only where it differs from the file's (a tidy CSV's publisher column).
            string publisher = o.Provenance.Document.Publisher;
            _rows[i] = new FigureRow(SeriesId(o.Key), o, CitationsId(o.Provenance.Citations),
                string.Equals(publisher, _document.Publisher, StringComparison.Ordinal) ? null : publisher);
        }

        _load.Write(_rows.AsSpan(0, batch.Count));
        Array.Clear(_rows, 0, batch.Count);
        Rows += batch.Count;
    }

    /// <summary>Ends the bulk load: the figures the file states twice, which refuse it (none when it is good).</summary>
    public IReadOnlyList<DuplicateFigure> Complete()
    {
        IReadOnlyList<(long SeriesId, Period Period, string First, string Again)> twice = _load.Complete();
        if (twice.Count == 0)
        {
            return [];
        }

        var keys = _series.ToDictionary(s => s.Value.Id, s => s.Key);
        return twice.Select(d => new DuplicateFigure(keys[d.SeriesId], d.Period, SourceLocator.Parse(d.First), SourceLocator.Parse(d.Again))).ToList();
    }

    /// <summary>
    /// Records the file as read whole (its publisher, whether synthetic, its figures' count and citation lists) and
    /// sorts its figures into new, confirmed and revised against the latest value each had from earlier files.
    /// </summary>
    /// <remarks>
    /// Only series the store had before this file can hold earlier values; each is read on its own, in key order,
    /// so memory follows one series. A figure stating the same value confirms it whatever its flag.
    /// </remarks>
    public IngestOutcome Classify(SourceDocument accepted, bool replaced)
    {
        using (DbCommand update = _connection.Command("UPDATE sources SET publisher = @publisher, synthetic = @synthetic, rows = @rows WHERE id = @id;", _tx))
        {
            update.With("publisher", accepted.Publisher);
            update.With("synthetic", accepted.Synthetic ? 1 : 0);
            update.With("rows", Rows);
            update.With("id", _sourceId);
            update.ExecuteNonQuery();
        }

        using (DbCommand lists = _connection.Command("INSERT INTO source_citations (source_id, citations_id) VALUES (@source, @citations);", _tx))
        {
            lists.With("source", _sourceId);
            DbParameter citations = lists.Slot("citations", DbType.Int64);
            foreach (long? id in _citationIds)
            {
                citations.Value = id is { } v ? v : DBNull.Value;
                lists.ExecuteNonQuery();
            }
        }

        int confirmed = 0;
        var revisions = new List<Revision>();
        List<(SeriesKey Key, long Id)> earlier = [.. _series.Where(s => s.Value.Existed).Select(s => (s.Key, s.Value.Id))];
        if (earlier.Count > 0)
        {
            Dictionary<long, (string File, bool Synthetic)> files = Files();
            using DbCommand read = _connection.Command("SELECT period, source_id, value, flag FROM observations WHERE series_id = @series ORDER BY period, source_id;", _tx);
            DbParameter series = read.Slot("series", DbType.Int64);
            foreach ((SeriesKey key, long id) in earlier)
            {
                series.Value = id;
                using DbDataReader r = read.ExecuteReader();
                string? period = null;
                (decimal Value, ObservationFlag Flag, string File)? before = null;
                while (r.Read())
                {
                    string p = r.GetString(0);
                    if (!string.Equals(p, period, StringComparison.Ordinal))
                    {
                        period = p;
                        before = null;
                    }

                    long source = r.GetInt64(1);
                    var flag = (ObservationFlag)Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture);
                    decimal value = _dialect.ReadNumber(r, 2);
                    if (source != _sourceId)
                    {
                        // Ordered by file: the last earlier one read is the figure's current value.
                        (string file, bool synthetic) = files[source];
                        if (!synthetic || accepted.Synthetic)
                        {
                            before = (value, flag, file);
                        }
                    }
                    else if (before is { } b && b.Value == value)
                    {
                        confirmed++;
                    }
                    else if (before is { } c)
                    {
                        revisions.Add(new Revision(key, Period.Parse(p), c.Value, c.Flag, value, flag, c.File));
                    }
                }
            }
        }

        return new IngestOutcome(accepted, replaced ? IngestStatus.Updated : IngestStatus.Stored, Rows - confirmed - revisions.Count, confirmed, revisions);
    }

    public void Dispose()
    {
        _load.Dispose();
        _findSeries.Dispose();
        _addSeries.Dispose();
        _addCitations.Dispose();
    }

    private Dictionary<long, (string, bool)> Files()
    {
        var files = new Dictionary<long, (string, bool)>();
        using DbCommand cmd = _connection.Command("SELECT id, file_name, synthetic FROM sources;", _tx);
        using DbDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            files[r.GetInt64(0)] = (r.GetString(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture) != 0);
        }

        return files;
    }

    private long SeriesId(SeriesKey key)
    {
        if (_series.TryGetValue(key, out var known))
        {
            return known.Id;
        }

        string[] values = [key.Dataset.Id, key.Reporter.Code, key.Partner.Code, key.Breakdown.Code];
        for (int i = 0; i < values.Length; i++)
        {
            _findSeries.Parameters[i].Value = values[i];
            _addSeries.Parameters[i].Value = values[i];
        }

        object? found = _findSeries.ExecuteScalar();
        long id = Convert.ToInt64(found ?? _addSeries.ExecuteScalar(), CultureInfo.InvariantCulture);
        _series.Add(key, (id, found is not null));
        return id;
    }

    private long? CitationsId(IReadOnlyList<Citation> citations)
    {
        if (_citations.TryGetValue(citations, out long? known))
        {
            return known;
        }

        long? id = null;
        if (citations.Count > 0)
        {
            _addCitations.Parameters[0].Value = StoredRow.CitationBody(citations);
            id = Convert.ToInt64(_addCitations.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        _citations.Add(citations, id);
        _citationIds.Add(id);
        return id;
    }
}
