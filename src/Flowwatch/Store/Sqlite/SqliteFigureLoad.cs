using System.Globalization;
using System.Text;
using Flowwatch.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Flowwatch.Store.Sqlite;

/// <summary>
/// SQLite's bulk load: one prepared INSERT, bound and stepped per figure through the engine's own API (the ADO.NET
/// layer's per-call cost, not SQLite, bounded the rate of single-row inserts), inside the file's transaction. The
/// table's key refuses a figure stated twice by the file: the INSERT then changes nothing, and the figure is named.
/// </summary>
internal sealed class SqliteFigureLoad : FigureLoad
{
    private const int Done = 101;
    private const string Insert = """
        INSERT INTO observations (source_id, series_id, period, value, flag, locator, citations_id, note, publisher)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING;
        """;

    private readonly SqliteConnection _connection;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly long _sourceId;
    private readonly List<(long SeriesId, Period Period, string Again)> _duplicates = [];
    private byte[] _utf8 = new byte[512];

    public SqliteFigureLoad(SqliteConnection connection, long sourceId)
    {
        _connection = connection;
        _db = connection.Handle!;
        _sourceId = sourceId;
        Check(raw.sqlite3_prepare_v2(_db, Insert, out _insert));
    }

    public override void Write(ReadOnlySpan<FigureRow> rows)
    {
        Span<char> text = stackalloc char[64];
        foreach (ref readonly FigureRow row in rows)
        {
            Observation o = row.Figure;
            raw.sqlite3_bind_int64(_insert, 1, _sourceId);
            raw.sqlite3_bind_int64(_insert, 2, row.SeriesId);
            o.Period.TryFormat(text, out int written, default, CultureInfo.InvariantCulture);
            BindText(3, text[..written]);
            o.Value.TryFormat(text, out written, default, CultureInfo.InvariantCulture);
            BindText(4, text[..written]);
            raw.sqlite3_bind_int64(_insert, 5, (long)o.Flag);
            string locator = o.Provenance.Locator.ToString();
            BindText(6, locator);
            if (row.CitationsId is { } citations)
            {
                raw.sqlite3_bind_int64(_insert, 7, citations);
            }
            else
            {
                raw.sqlite3_bind_null(_insert, 7);
            }

            BindTextOrNull(8, o.Note);
            BindTextOrNull(9, row.Publisher);
            int rc = raw.sqlite3_step(_insert);
            raw.sqlite3_reset(_insert);
            if (rc != Done)
            {
                Check(rc);
            }

            if (raw.sqlite3_changes(_db) == 0 && _duplicates.Count <= MaxDuplicatesNamed)
            {
                _duplicates.Add((row.SeriesId, o.Period, locator));
            }
        }
    }

    public override IReadOnlyList<(long SeriesId, Period Period, string First, string Again)> Complete()
    {
        if (_duplicates.Count == 0)
        {
            return [];
        }

        using SqliteCommand first = _connection.CreateCommand();
        first.CommandText = "SELECT locator FROM observations WHERE series_id = @series AND period = @period AND source_id = @source;";
        SqliteParameter series = first.Parameters.Add("@series", SqliteType.Integer), period = first.Parameters.Add("@period", SqliteType.Text);
        first.Parameters.AddWithValue("@source", _sourceId);
        var named = new List<(long, Period, string, string)>();
        foreach ((long seriesId, Period p, string again) in _duplicates.Take(MaxDuplicatesNamed))
        {
            series.Value = seriesId;
            period.Value = p.ToString();
            named.Add((seriesId, p, (string)first.ExecuteScalar()!, again));
        }

        return named;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _insert.Dispose();
        }

        base.Dispose(disposing);
    }

    private void BindText(int index, ReadOnlySpan<char> value)
    {
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < max)
        {
            _utf8 = new byte[max * 2];
        }

        int length = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_insert, index, _utf8.AsSpan(0, length)));
    }

    private void BindTextOrNull(int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(_insert, index);
        }
        else
        {
            BindText(index, value);
        }
    }

    private void Check(int rc)
    {
        if (rc is not (0 or Done))
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
        }
    }
}
