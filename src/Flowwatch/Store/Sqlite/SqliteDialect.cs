using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Flowwatch.Store.Sqlite;

/// <summary>
/// The embedded engine: one SQLite file, one connection kept open for the store's lifetime. Values are stored as
/// text where SQLite has no exact type (decimals as invariant text, so that nothing is rounded; times as ISO 8601
/// UTC with seven decimals, which sort as text).
/// </summary>
public sealed class SqliteDialect : StoreDialect
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["key"] = "INTEGER PRIMARY KEY",
        ["id"] = "INTEGER",
        ["int"] = "INTEGER",
        ["small"] = "INTEGER",
        ["text"] = "TEXT",
        ["date"] = "TEXT",
        ["time"] = "TEXT",
        ["number"] = "TEXT",
        ["clustered"] = " WITHOUT ROWID",
    };

    // SQLite checks a foreign key inside its insert, one probe of the parent's key per row, which costs little beside
    // the insert itself; it keeps them (it could only drop one by rebuilding the table).
    private static readonly Dictionary<string, string> EngineStatements = new(StringComparer.Ordinal)
    {
        ["figure_references"] = "",
    };

    private readonly SqliteConnection _connection;

    private SqliteDialect(SqliteConnection connection, bool readOnly)
    {
        _connection = connection;
        ReadOnly = readOnly;
    }

    /// <inheritdoc/>
    public override string Location => _connection.DataSource;

    /// <inheritdoc/>
    public override bool ReadOnly { get; }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, string> ColumnTypes => Types;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, string> Statements => EngineStatements;

    /// <summary>Opens the file at <paramref name="path"/> (creating it and its folder unless <paramref name="readOnly"/>).</summary>
    /// <exception cref="StoreException">The file is missing (read-only) or cannot be opened.</exception>
    public static SqliteDialect Open(string path, bool readOnly)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (readOnly && !File.Exists(path))
        {
            throw new StoreException(StoreMessages.Missing(path));
        }

        if (!readOnly && Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            using SqliteCommand pragma = connection.CreateCommand();
            // Larger pages (taken only when the file is created) mean fewer index splits on bulk ingest. A writer or
            // reader beside another (an ingest while the server runs) waits for its lock briefly rather than failing.
            // The page cache is 32 MiB: a bulk load touches one page per series it writes to, and memory stays flat.
            pragma.CommandText = readOnly
                ? "PRAGMA busy_timeout = 5000; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;"
                : "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;";
            pragma.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(StoreMessages.CannotOpen(path, e.Message), e);
        }

        return new SqliteDialect(connection, readOnly);
    }

    /// <inheritdoc/>
    public override DbConnection Connect() => _connection;

    /// <inheritdoc/>
    public override void Release(DbConnection connection)
    {
        // The one connection stays open until the store is disposed.
    }

    /// <inheritdoc/>
    public override DbTransaction BeginWrite(DbConnection connection) =>
        // BEGIN IMMEDIATE: the write lock is taken now, so a second writer waits here instead of failing later.
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    /// <inheritdoc/>
    public override int SchemaVersion(DbConnection connection, DbTransaction? transaction)
    {
        using DbCommand cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public override string SetSchemaVersion(int version) => string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};");

    /// <inheritdoc/>
    public override object Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <inheritdoc/>
    public override object Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override DateOnly? ReadDate(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override object Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override decimal ReadNumber(DbDataReader reader, int ordinal) =>
        decimal.Parse(reader.GetString(ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override FigureLoad BeginLoad(DbConnection connection, DbTransaction transaction, long sourceId) =>
        new SqliteFigureLoad((SqliteConnection)connection, sourceId);

    /// <inheritdoc/>
    protected override string ExplainPrefix => "EXPLAIN QUERY PLAN ";

    /// <inheritdoc/>
    protected override int ExplainColumn => 3;

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection.Dispose();
        }

        base.Dispose(disposing);
    }
}
