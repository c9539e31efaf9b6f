using System.Data.Common;

namespace Flowwatch.Store;

/// <summary>
/// What one database engine brings to the store, and nothing more: its connections, the names of its column types,
/// how a writer takes the store, how the schema version is kept, how values are bound and read back, and its bulk
/// load of a file's figures. The store itself (<see cref="ObservationStore"/>, <see cref="Sanctions.SanctionsStore"/>)
/// and its migrations (one ordered list) are written once, over ADO.NET, with the SQL both engines run; a third
/// engine is one more subclass.
/// </summary>
/// <remarks>
/// SQL the store runs uses <c>@name</c> parameters, <c>ON CONFLICT ... DO ...</c>, <c>RETURNING</c> and
/// <c>IS NOT DISTINCT FROM</c>, which SQLite (3.39 and later) and PostgreSQL both understand.
/// </remarks>
public abstract class StoreDialect : IDisposable
{
    /// <summary>Where the store is, for people: a file path or a server and database.</summary>
    public abstract string Location { get; }

    /// <summary>Whether every write is refused (the server's store): nothing is created or migrated.</summary>
    public abstract bool ReadOnly { get; }

    /// <summary>
    /// The engine's type for each column kind the migrations name in braces: <c>{key}</c> (an integer primary key
    /// the engine numbers), <c>{id}</c> (a reference to one), <c>{int}</c>, <c>{small}</c>, <c>{text}</c>,
    /// <c>{date}</c>, <c>{time}</c>, <c>{number}</c> (an exact decimal), and <c>{clustered}</c>, what follows the
    /// closing parenthesis of a table kept in the order of its primary key (SQLite's <c>WITHOUT ROWID</c>).
    /// </summary>
    public abstract IReadOnlyDictionary<string, string> ColumnTypes { get; }

    /// <summary>
    /// The engine's own statements for a migration step that names them in braces, where the engines keep one guarantee
    /// by different means: <c>{figure_references}</c>, what holds a figure's references to its file, series and
    /// citation list beyond the foreign keys of the table (nothing on SQLite; statement-level checks on PostgreSQL).
    /// Like a migration, a released entry is never edited.
    /// </summary>
    public abstract IReadOnlyDictionary<string, string> Statements { get; }

    /// <summary>A connection for one operation, open; give it back with <see cref="Release"/>.</summary>
    public abstract DbConnection Connect();

    /// <summary>Gives back a connection from <see cref="Connect"/>; by default it is closed (returned to its pool).</summary>
    public virtual void Release(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Dispose();
    }

    /// <summary>
    /// Begins a transaction that writes, holding the engine's writer lock until it ends: one writer at a time, so
    /// that a second ingest of the same file waits and then finds it stored.
    /// </summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>The schema version the store records (0 for none), read inside <paramref name="transaction"/> when given.</summary>
    public abstract int SchemaVersion(DbConnection connection, DbTransaction? transaction);

    /// <summary>The statement that records <paramref name="version"/> as the schema version, run with the migration that reaches it.</summary>
    public abstract string SetSchemaVersion(int version);

    /// <summary>A time as the engine stores it (UTC).</summary>
    public abstract object Time(DateTimeOffset time);

    /// <summary>A time read back (UTC).</summary>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>A calendar day as the engine stores it.</summary>
    public abstract object Date(DateOnly date);

    /// <summary>A calendar day read back, or null.</summary>
    public abstract DateOnly? ReadDate(DbDataReader reader, int ordinal);

    /// <summary>An exact decimal figure as the engine stores it (nothing rounded).</summary>
    public abstract object Number(decimal value);

    /// <summary>An exact decimal figure read back.</summary>
    public abstract decimal ReadNumber(DbDataReader reader, int ordinal);

    /// <summary>Begins the bulk load of one file's figures inside <paramref name="transaction"/>.</summary>
    /// <param name="connection">The writer's connection.</param>
    /// <param name="transaction">The file's transaction (from <see cref="BeginWrite"/>).</param>
    /// <param name="sourceId">The file's row in <c>sources</c>.</param>
    public abstract FigureLoad BeginLoad(DbConnection connection, DbTransaction transaction, long sourceId);

    /// <summary>What the engine puts before a query to have its plan instead of its rows (<c>EXPLAIN</c>).</summary>
    protected abstract string ExplainPrefix { get; }

    /// <summary>The column of the plan's rows that describes each step.</summary>
    protected abstract int ExplainColumn { get; }

    /// <summary>The engine's query plan for <paramref name="command"/>, one line per step, without running it (for tests of the indexes).</summary>
    public IReadOnlyList<string> Plan(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        string sql = command.CommandText;
        command.CommandText = ExplainPrefix + sql;
        try
        {
            var steps = new List<string>();
            using DbDataReader r = command.ExecuteReader();
            while (r.Read())
            {
                steps.Add(r.GetString(ExplainColumn));
            }

            return steps;
        }
        finally
        {
            command.CommandText = sql;
        }
    }

    /// <summary>Releases the engine's connections.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the engine's connections.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
