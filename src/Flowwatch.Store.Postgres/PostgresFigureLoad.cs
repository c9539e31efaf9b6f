using Flowwatch.Model;
using Npgsql;
using NpgsqlTypes;

namespace Flowwatch.Store.Postgres;

/// <summary>
/// PostgreSQL's bulk load: each batch goes by binary COPY into a temporary staging table (not WAL-logged, dropped at
/// the end of the transaction), then one set-based INSERT moves them into <c>observations</c>; when the file states a
/// figure twice, the INSERT keeps the first statement and those twice are then named from the staging table.
/// </summary>
internal sealed class PostgresFigureLoad : FigureLoad
{
    private const string Columns = "series_id, period, value, flag, locator, citations_id, note, publisher";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _tx;
    private readonly long _sourceId;
    private long _staged;

    public PostgresFigureLoad(NpgsqlConnection connection, NpgsqlTransaction tx, long sourceId)
    {
        _connection = connection;
        _tx = tx;
        _sourceId = sourceId;
        Execute("""
            CREATE TEMPORARY TABLE flowwatch_staging (series_id bigint NOT NULL, period text NOT NULL, value numeric NOT NULL,
                flag smallint NOT NULL, locator text NOT NULL, citations_id bigint, note text, publisher text) ON COMMIT DROP;
            """);
    }

    public override void Write(ReadOnlySpan<FigureRow> rows)
    {
        using NpgsqlBinaryImporter copy = _connection.BeginBinaryImport($"COPY flowwatch_staging ({Columns}) FROM STDIN (FORMAT BINARY)");
        // A bulk load takes as long as the file needs: no command timeout (Npgsql's 30 s default failed a million rows on a busy server).
        copy.Timeout = TimeSpan.Zero;
        foreach (ref readonly FigureRow row in rows)
        {
            Observation o = row.Figure;
            copy.StartRow();
            copy.Write(row.SeriesId, NpgsqlDbType.Bigint);
            copy.Write(o.Period.ToString(), NpgsqlDbType.Text);
            copy.Write(o.Value, NpgsqlDbType.Numeric);
            copy.Write((short)o.Flag, NpgsqlDbType.Smallint);
            copy.Write(o.Provenance.Locator.ToString(), NpgsqlDbType.Text);
            if (row.CitationsId is { } id)
            {
                copy.Write(id, NpgsqlDbType.Bigint);
            }
            else
            {
                copy.WriteNull();
            }

            WriteTextOrNull(copy, o.Note);
            WriteTextOrNull(copy, row.Publisher);
        }

        _staged += (long)copy.Complete();
    }

    public override IReadOnlyList<(long SeriesId, Period Period, string First, string Again)> Complete()
    {
        // The file's row in sources is new, so only a figure the file states twice can meet the key. A file that states
        // none (the usual case, told by one hash aggregate) is moved in by a plain INSERT: ON CONFLICT's speculative
        // insertion cost 15 s of a 44 s merge of a million figures. Should a conflict arise anyway, the INSERT fails
        // and the file's transaction with it; nothing is dropped in silence.
        using (var any = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM flowwatch_staging GROUP BY series_id, period HAVING count(*) > 1);", _connection, _tx) { CommandTimeout = 0 })
        {
            if (any.ExecuteScalar() is false)
            {
                Execute($"INSERT INTO observations (source_id, {Columns}) SELECT @source, {Columns} FROM flowwatch_staging;");
                return [];
            }
        }

        long moved = Execute($"INSERT INTO observations (source_id, {Columns}) SELECT @source, {Columns} FROM flowwatch_staging ON CONFLICT DO NOTHING;");
        if (moved == _staged)
        {
            return [];
        }

        // The key kept the first statement of each figure; every other staged row is a second statement of one.
        using var twice = new NpgsqlCommand($"""
            SELECT s.series_id, s.period, o.locator, s.locator FROM flowwatch_staging s
            JOIN observations o ON o.series_id = s.series_id AND o.period = s.period AND o.source_id = @source
            WHERE o.locator <> s.locator LIMIT {MaxDuplicatesNamed};
            """, _connection, _tx) { CommandTimeout = 0 };
        twice.Parameters.AddWithValue("source", _sourceId);
        var named = new List<(long, Period, string, string)>();
        using NpgsqlDataReader r = twice.ExecuteReader();
        while (r.Read())
        {
            named.Add((r.GetInt64(0), Period.Parse(r.GetString(1)), r.GetString(2), r.GetString(3)));
        }

        return named;
    }

    private static void WriteTextOrNull(NpgsqlBinaryImporter copy, string? text)
    {
        if (text is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(text, NpgsqlDbType.Text);
        }
    }

    private int Execute(string sql)
    {
        using var cmd = new NpgsqlCommand(sql, _connection, _tx) { CommandTimeout = 0 };
        cmd.Parameters.AddWithValue("source", _sourceId);
        return cmd.ExecuteNonQuery();
    }
}
