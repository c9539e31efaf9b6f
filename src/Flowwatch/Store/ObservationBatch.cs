using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Flowwatch.Model;
using Microsoft.Data.Sqlite;

namespace Flowwatch.Store;

/// <summary>
/// Inserts observations of one file thousands of rows to a statement, inside the caller's transaction.
/// </summary>
/// <remarks>
/// The rows travel as one JSON text parameter that SQLite unpacks with <c>json_each</c>: binding hundreds
/// of named parameters per statement costs more in the ADO.NET layer than the insert itself, and one
/// statement per row is bounded by the per-call cost (about 70,000 rows a second here).
/// </remarks>
internal sealed class ObservationBatch : IDisposable
{
    private const int RowsPerStatement = 4096;

    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _rowsParameter;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private readonly Utf8JsonWriter _json;
    private int _rows;

    private readonly string _filePublisher;

    public ObservationBatch(SqliteConnection connection, SqliteTransaction transaction, long sourceId, string filePublisher)
    {
        _filePublisher = filePublisher;
        _json = new Utf8JsonWriter(_buffer);
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = """
            INSERT INTO observations (source_id, series_id, period, value, flag, locator, citations_id, note, publisher)
            SELECT $source, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
                   json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]'), json_extract(value, '$[6]'),
                   json_extract(value, '$[7]')
            FROM json_each($rows);
            """;
        _insert.Parameters.AddWithValue("$source", sourceId);
        _rowsParameter = _insert.Parameters.Add("$rows", SqliteType.Text);
        _insert.Prepare();
        _json.WriteStartArray();
    }

    public void Add(long seriesId, Observation o, long? citationsId)
    {
        Span<char> text = stackalloc char[32];
        _json.WriteStartArray();
        _json.WriteNumberValue(seriesId);
        o.Period.TryFormat(text, out int written, default, CultureInfo.InvariantCulture);
        _json.WriteStringValue(text[..written]);
        o.Value.TryFormat(text, out written, default, CultureInfo.InvariantCulture);
        _json.WriteStringValue(text[..written]);
        _json.WriteNumberValue((int)o.Flag);
        _json.WriteStringValue(o.Provenance.Locator.ToString());
        if (citationsId is { } id)
        {
            _json.WriteNumberValue(id);
        }
        else
        {
            _json.WriteNullValue();
        }

        if (o.Note is { } note)
        {
            _json.WriteStringValue(note);
        }
        else
        {
            _json.WriteNullValue();
        }

        // A figure's own publisher only where it differs from the file's (a tidy CSV's publisher column).
        if (!string.Equals(o.Provenance.Document.Publisher, _filePublisher, StringComparison.Ordinal))
        {
            _json.WriteStringValue(o.Provenance.Document.Publisher);
        }
        else
        {
            _json.WriteNullValue();
        }

        _json.WriteEndArray();
        if (++_rows == RowsPerStatement)
        {
            Flush();
        }
    }

    public void Flush()
    {
        if (_rows == 0)
        {
            return;
        }

        _json.WriteEndArray();
        _json.Flush();
        _rowsParameter.Value = Encoding.UTF8.GetString(_buffer.WrittenSpan);
        _insert.ExecuteNonQuery();
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartArray();
        _rows = 0;
    }

    public void Dispose()
    {
        _json.Dispose();
        _insert.Dispose();
    }
}
