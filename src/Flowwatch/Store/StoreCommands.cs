using System.Data;
using System.Data.Common;

namespace Flowwatch.Store;

/// <summary>Commands with <c>@name</c> parameters on any engine's connection.</summary>
internal static class StoreCommands
{
    /// <summary>A command on <paramref name="connection"/>, in <paramref name="transaction"/> when given.</summary>
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        DbCommand cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = transaction;
        return cmd;
    }

    /// <summary>
    /// Adds <c>@name</c>. A null value is bound as a null of <paramref name="nullType"/>: PostgreSQL types every
    /// parameter, and a null text is not a null date.
    /// </summary>
    public static DbParameter With(this DbCommand cmd, string name, object? value, DbType nullType = DbType.String)
    {
        DbParameter p = cmd.CreateParameter();
        p.ParameterName = "@" + name;
        if (value is null)
        {
            p.DbType = nullType;
            p.Value = DBNull.Value;
        }
        else
        {
            p.Value = value;
        }

        cmd.Parameters.Add(p);
        return p;
    }

    /// <summary>Adds <c>@name</c> of a type, its value set later (a statement run many times).</summary>
    public static DbParameter Slot(this DbCommand cmd, string name, DbType type)
    {
        DbParameter p = cmd.CreateParameter();
        p.ParameterName = "@" + name;
        p.DbType = type;
        cmd.Parameters.Add(p);
        return p;
    }
}
