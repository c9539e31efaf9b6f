using System.Data.Common;
using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>The ids of a file's series, created where new; the same SQL on both engines.</summary>
internal static class SeriesIds
{
    public static Dictionary<SeriesKey, long> Ensure(IEnumerable<Observation> observations, DbConnection connection, DbTransaction transaction)
    {
        var ids = new Dictionary<SeriesKey, long>();
        using DbCommand upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = """
            INSERT INTO series (dataset, reporter, partner, breakdown) VALUES (@d, @r, @p, @b)
            ON CONFLICT (dataset, reporter, partner, breakdown) DO UPDATE SET dataset = excluded.dataset RETURNING id;
            """;
        DbParameter[] parameters = new[] { "@d", "@r", "@p", "@b" }.Select(name =>
        {
            DbParameter p = upsert.CreateParameter();
            p.ParameterName = name;
            p.DbType = System.Data.DbType.String;
            upsert.Parameters.Add(p);
            return p;
        }).ToArray();
        foreach (Observation o in observations)
        {
            if (ids.ContainsKey(o.Key))
            {
                continue;
            }

            parameters[0].Value = o.Key.Dataset.Id;
            parameters[1].Value = o.Key.Reporter.Code;
            parameters[2].Value = o.Key.Partner.Code;
            parameters[3].Value = o.Key.Breakdown.Code;
            ids.Add(o.Key, Convert.ToInt64(upsert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        }

        return ids;
    }
}
