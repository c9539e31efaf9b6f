using System.Data.Common;
using System.Globalization;
using Flowwatch.Model;
using Flowwatch.Model.Articles;

namespace Flowwatch.Store.Articles;

/// <summary>
/// The articles and their claims beside the figures, in the same database, on any engine (<see cref="StoreDialect"/>):
/// tables <c>articles</c> and <c>article_claims</c>, the SQL written once (text columns for days, times and decimals, so
/// that nothing is rounded or shifted by a time zone).
/// </summary>
public sealed class ArticleStore : IArticleStore
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly StoreDialect _dialect;
    private readonly TimeProvider _clock;

    private ArticleStore(StoreDialect dialect, TimeProvider clock)
    {
        _dialect = dialect;
        _clock = clock;
    }

    /// <inheritdoc/>
    public string Location => _dialect.Location;

    /// <summary>The store on <paramref name="dialect"/>'s database, migrated (or, read-only, checked); the store owns the dialect.</summary>
    /// <exception cref="StoreException">The store is another version's, or (read-only) missing.</exception>
    public static ArticleStore Open(StoreDialect dialect, TimeProvider? clock = null)
    {
        StoreSchema.Ready(dialect);
        return new ArticleStore(dialect, clock ?? TimeProvider.System);
    }

    /// <inheritdoc/>
    public void Dispose() => _dialect.Dispose();

    /// <inheritdoc/>
    public IngestStatus Add(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbTransaction tx = _dialect.BeginWrite(connection);
            long? id = null;
            using (DbCommand find = Command(connection, tx, "SELECT id FROM articles WHERE sha256 = @sha;", ("@sha", article.Document.Sha256)))
            {
                if (find.ExecuteScalar() is { } found and not DBNull)
                {
                    id = Convert.ToInt64(found, CultureInfo.InvariantCulture);
                }
            }

            IngestStatus status = IngestStatus.Stored;
            if (id is { } existing)
            {
                if (Claims(connection, tx, existing).SequenceEqual(article.Claims))
                {
                    return IngestStatus.Unchanged;
                }

                using DbCommand delete = Command(connection, tx, "DELETE FROM article_claims WHERE article_id = @id;", ("@id", existing));
                delete.ExecuteNonQuery();
                status = IngestStatus.Updated;
            }
            else
            {
                ArticleDocument d = article.Document;
                using DbCommand insert = Command(connection, tx,
                    "INSERT INTO articles (sha256, file_name, url, outlet, published, language, cites, body, ingested_at) VALUES (@sha, @file, @url, @outlet, @published, @language, @cites, @body, @at) RETURNING id;",
                    ("@sha", d.Sha256), ("@file", d.FileName), ("@url", d.Url), ("@outlet", d.Outlet), ("@published", Day(d.Published)), ("@language", d.Language),
                    ("@cites", string.Join('\n', d.Cites)), ("@body", article.Text), ("@at", _clock.GetUtcNow().UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)));
                id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            foreach (StoredClaim c in article.Claims)
            {
                using DbCommand insert = Command(connection, tx,
                    "INSERT INTO article_claims (article_id, ordinal, text, sentence, claimed, verdict, rule, dataset, reporter, partner, breakdown, period, figure_value, reading) "
                    + "VALUES (@id, @ordinal, @text, @sentence, @claimed, @verdict, @rule, @dataset, @reporter, @partner, @breakdown, @period, @value, @reading);",
                    ("@id", id), ("@ordinal", c.Ordinal), ("@text", c.Text), ("@sentence", c.Sentence), ("@claimed", Number(c.Claimed)), ("@verdict", c.Verdict), ("@rule", c.Rule),
                    ("@dataset", c.Series?.Dataset.Id), ("@reporter", c.Series?.Reporter.Code), ("@partner", c.Series?.Partner.Code), ("@breakdown", c.Series?.Breakdown.Code),
                    ("@period", c.Period?.ToString()), ("@value", c.FigureValue is { } v ? Number(v) : null), ("@reading", c.Reading));
                insert.ExecuteNonQuery();
            }

            tx.Commit();
            return status;
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public int Remove(IReadOnlyCollection<string> sha256s)
    {
        ArgumentNullException.ThrowIfNull(sha256s);
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbTransaction tx = _dialect.BeginWrite(connection);
            int removed = 0;
            foreach (string sha in sha256s)
            {
                using (DbCommand claims = Command(connection, tx, "DELETE FROM article_claims WHERE article_id IN (SELECT id FROM articles WHERE sha256 = @sha);", ("@sha", sha)))
                {
                    claims.ExecuteNonQuery();
                }

                using DbCommand article = Command(connection, tx, "DELETE FROM articles WHERE sha256 = @sha;", ("@sha", sha));
                removed += article.ExecuteNonQuery();
            }

            tx.Commit();
            return removed;
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredArticle> Articles()
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            var rows = new List<(long Id, ArticleDocument Document, string Body, DateTimeOffset At)>();
            using (DbCommand cmd = Command(connection, null, "SELECT id, sha256, file_name, url, outlet, published, language, cites, body, ingested_at FROM articles ORDER BY published, file_name, sha256;"))
            using (DbDataReader r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    var document = new ArticleDocument(r.GetString(1), r.GetString(2), DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                        r.GetString(4), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(6) ? null : r.GetString(6),
                        r.GetString(7).Split('\n', StringSplitOptions.RemoveEmptyEntries));
                    rows.Add((r.GetInt64(0), document, r.GetString(8), DateTimeOffset.ParseExact(r.GetString(9), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)));
                }
            }

            var claims = AllClaims(connection);
            return [.. rows.Select(a => new StoredArticle(a.Document, a.Body, claims.TryGetValue(a.Id, out List<StoredClaim>? c) ? c : [], a.At))];
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    private const string SelectClaims =
        "SELECT article_id, ordinal, text, sentence, claimed, verdict, rule, dataset, reporter, partner, breakdown, period, figure_value, reading FROM article_claims";

    private static List<StoredClaim> Claims(DbConnection connection, DbTransaction tx, long article)
    {
        using DbCommand cmd = Command(connection, tx, SelectClaims + " WHERE article_id = @id ORDER BY ordinal;", ("@id", article));
        using DbDataReader r = cmd.ExecuteReader();
        var list = new List<StoredClaim>();
        while (r.Read())
        {
            list.Add(Claim(r));
        }

        return list;
    }

    private static Dictionary<long, List<StoredClaim>> AllClaims(DbConnection connection)
    {
        using DbCommand cmd = Command(connection, null, SelectClaims + " ORDER BY article_id, ordinal;");
        using DbDataReader r = cmd.ExecuteReader();
        var byArticle = new Dictionary<long, List<StoredClaim>>();
        while (r.Read())
        {
            long id = r.GetInt64(0);
            if (!byArticle.TryGetValue(id, out List<StoredClaim>? list))
            {
                byArticle[id] = list = [];
            }

            list.Add(Claim(r));
        }

        return byArticle;
    }

    private static StoredClaim Claim(DbDataReader r)
    {
        SeriesKey? series = r.IsDBNull(7) ? null
            : new SeriesKey(DatasetId.Parse(r.GetString(7)), Country.Parse(r.GetString(8)), Country.Parse(r.GetString(9)), Breakdown.Parse(r.GetString(10)));
        Period? period = r.IsDBNull(11) ? null : Period.Parse(r.GetString(11));
        decimal? value = r.IsDBNull(12) ? null : decimal.Parse(r.GetString(12), NumberStyles.Number, CultureInfo.InvariantCulture);
        return new StoredClaim(r.GetInt32(1), r.GetString(2), r.GetString(3), decimal.Parse(r.GetString(4), NumberStyles.Number, CultureInfo.InvariantCulture),
            r.GetString(5), r.GetString(6), series, period, value, r.GetString(13));
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        DbCommand cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach ((string name, object? value) in parameters)
        {
            DbParameter p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }

        return cmd;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal v) => v.ToString(CultureInfo.InvariantCulture);
}
