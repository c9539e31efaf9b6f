using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace Flowwatch.Store.Postgres;

/// <summary>
/// The team server's engine: PostgreSQL through Npgsql, a pooled connection per operation. A writer takes a
/// transaction-scoped advisory lock per schema, so that stores in other schemas of the same database do not wait for
/// each other; a reader's every transaction is read-only on the server's side.
/// </summary>
public sealed class PostgresDialect : StoreDialect
{
    /// <summary>The statement that takes the lock serialising schema changes and writes.</summary>
    internal const string TakeLock = "SELECT pg_advisory_xact_lock(hashtext('flowwatch:' || current_schema()));";

    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["key"] = "bigserial PRIMARY KEY",
        ["id"] = "bigint",
        ["int"] = "integer",
        ["small"] = "smallint",
        ["text"] = "text",
        ["date"] = "date",
        ["time"] = "timestamptz",
        ["number"] = "numeric",
        ["clustered"] = "",
    };

    private readonly NpgsqlDataSource _dataSource;

    private PostgresDialect(NpgsqlDataSource dataSource, string location, bool readOnly)
    {
        _dataSource = dataSource;
        Location = location;
        ReadOnly = readOnly;
    }

    /// <inheritdoc/>
    public override string Location { get; }

    /// <inheritdoc/>
    public override bool ReadOnly { get; }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, string> ColumnTypes => Types;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, string> Statements => PostgresFigureReferences.Statements;

    /// <summary>Whether a <c>--db</c> value names a PostgreSQL database rather than a file.</summary>
    public static bool IsConnectionString(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The database a connection string or <c>postgresql://</c> URL names (nothing is sent to it yet).</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=...;Database=...</c>) or a <c>postgresql://</c> URL.</param>
    /// <param name="readOnly">Whether every transaction is to be read-only (the server's store).</param>
    public static PostgresDialect Connect(string connectionString, bool readOnly)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(ToKeywords(connectionString));
        string location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}" + (builder.SearchPath is { Length: > 0 } p ? $" (schema {p})" : "");
        if (readOnly)
        {
            builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        }

        return new PostgresDialect(NpgsqlDataSource.Create(builder), location, readOnly);
    }

    /// <inheritdoc/>
    public override DbConnection Connect() => _dataSource.OpenConnection();

    /// <inheritdoc/>
    public override DbTransaction BeginWrite(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        DbTransaction tx = connection.BeginTransaction();
        using DbCommand take = connection.CreateCommand();
        take.Transaction = tx;
        take.CommandText = TakeLock;
        take.ExecuteNonQuery();
        return tx;
    }

    /// <inheritdoc/>
    public override int SchemaVersion(DbConnection connection, DbTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // Two statements: PostgreSQL resolves every table a statement names before it runs, even in an untaken branch.
        // The catalogue is read with the statement's snapshot (to_regclass would consult a cache that an advisory
        // lock does not refresh, and miss the table a writer created while this one waited for the lock).
        using DbCommand exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'flowwatch_schema');";
        if (exists.ExecuteScalar() is not true)
        {
            return 0;
        }

        using DbCommand version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = "SELECT coalesce(max(version), 0) FROM flowwatch_schema;";
        return Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public override string SetSchemaVersion(int version) => string.Create(CultureInfo.InvariantCulture,
        $"CREATE TABLE IF NOT EXISTS flowwatch_schema (version integer NOT NULL); INSERT INTO flowwatch_schema (version) VALUES ({version});");

    /// <inheritdoc/>
    public override object Time(DateTimeOffset time) => time.UtcDateTime;

    /// <inheritdoc/>
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => new(reader.GetFieldValue<DateTime>(ordinal), TimeSpan.Zero);

    /// <inheritdoc/>
    public override object Date(DateOnly date) => date;

    /// <inheritdoc/>
    public override DateOnly? ReadDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    /// <inheritdoc/>
    public override object Number(decimal value) => value;

    /// <inheritdoc/>
    public override decimal ReadNumber(DbDataReader reader, int ordinal) => reader.GetDecimal(ordinal);

    /// <inheritdoc/>
    public override FigureLoad BeginLoad(DbConnection connection, DbTransaction transaction, long sourceId) =>
        new PostgresFigureLoad((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, sourceId);

    /// <inheritdoc/>
    protected override string ExplainPrefix => "EXPLAIN ";

    /// <inheritdoc/>
    protected override int ExplainColumn => 0;

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }

        base.Dispose(disposing);
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
