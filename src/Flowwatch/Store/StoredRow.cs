using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>
/// The query both engines run to read witnesses back, and the mapping of its rows to observations with
/// each distinct key, file and citation list made once.
/// </summary>
internal sealed class StoredRow
{
    private readonly Dictionary<(string Sha, string Publisher), SourceDocument> _documents = [];
    private readonly Dictionary<string, IReadOnlyList<Citation>> _citationSets = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string, string, string), SeriesKey> _keys = [];
    private readonly Dictionary<(SourceDocument, IReadOnlyList<Citation>), DateOnly> _published = new(new PublishedKeyComparer());

    /// <summary>
    /// The SELECT of every witness matching the query's key, synthetic and known-at criteria, with <c>@name</c>
    /// parameters that both engines bind; publication dates (<see cref="ObservationQuery.AsOf"/>) are applied
    /// by <see cref="WitnessFolding"/>, since they come from the citations as well as the file.
    /// </summary>
    public static string Sql(ObservationQuery query, Func<string, object, string> parameter)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.Dataset is { } dataset)
        {
            where.Append(" AND se.dataset = ").Append(parameter("dataset", dataset.Id));
        }

        if (query.Reporter is { } reporter)
        {
            where.Append(" AND se.reporter = ").Append(parameter("reporter", reporter.Code));
        }

        if (query.Partner is { } partner)
        {
            where.Append(" AND se.partner = ").Append(parameter("partner", partner.Code));
        }

        if (query.Breakdown is { } breakdown)
        {
            where.Append(" AND se.breakdown = ").Append(parameter("breakdown", breakdown.Code));
        }

        if (query.KnownAt is { } knownAt)
        {
            where.Append(" AND so.ingested_at <= ").Append(parameter("knownat", knownAt));
        }

        if (!query.IncludeSynthetic)
        {
            where.Append(" AND so.synthetic = 0");
        }

        return $"""
            SELECT se.dataset, se.reporter, se.partner, se.breakdown, o.period, o.value, o.flag, o.locator, o.note,
                   so.sha256, so.file_name, so.format, COALESCE(o.publisher, so.publisher), so.release_date, c.body, o.source_id, so.ingested_at, so.synthetic
            FROM observations o
            JOIN series se ON se.id = o.series_id
            JOIN sources so ON so.id = o.source_id
            LEFT JOIN citation_sets c ON c.id = o.citations_id
            {where}
            ORDER BY o.series_id, o.period, o.source_id;
            """;
    }

    /// <summary>The witness of the reader's current row, as an observation with that one witness.</summary>
    public StoredWitness Read(DbDataReader r, Func<DbDataReader, int, DateOnly?> releaseDate, Func<DbDataReader, int, decimal> value, Func<DbDataReader, int, DateTimeOffset> time)
    {
        var keyText = (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3));
        if (!_keys.TryGetValue(keyText, out SeriesKey key))
        {
            key = new SeriesKey(DatasetId.Parse(keyText.Item1), Country.Parse(keyText.Item2), Country.Parse(keyText.Item3), Breakdown.Parse(keyText.Item4));
            _keys.Add(keyText, key);
        }

        // One document per file and publisher: a tidy CSV can name a publisher per figure.
        string sha = r.GetString(9);
        string publisher = r.GetString(12);
        if (!_documents.TryGetValue((sha, publisher), out SourceDocument? doc))
        {
            doc = new SourceDocument(sha, r.GetString(10), r.GetString(11), publisher, releaseDate(r, 13),
                Convert.ToInt32(r.GetValue(17), CultureInfo.InvariantCulture) != 0);
            _documents.Add((sha, publisher), doc);
        }

        IReadOnlyList<Citation> citations = [];
        if (!r.IsDBNull(14))
        {
            string body = r.GetString(14);
            if (!_citationSets.TryGetValue(body, out citations!))
            {
                citations = JsonSerializer.Deserialize(body, StoreJsonContext.Default.CitationArray) ?? [];
                _citationSets.Add(body, citations);
            }
        }

        DateTimeOffset ingested = time(r, 16);
        var provenance = new Provenance(doc, SourceLocator.Parse(r.GetString(7)), citations);
        decimal figure = value(r, 5);
        var flag = (ObservationFlag)Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture);
        // Files and citation lists repeat over thousands of rows: each pair is dated once.
        if (!_published.TryGetValue((doc, citations), out DateOnly published))
        {
            published = WitnessDates.Published(doc, citations, ingested);
            _published.Add((doc, citations), published);
        }

        var witness = new Witness(provenance, figure, flag, published, ingested);
        var observation = new Observation(key, Period.Parse(r.GetString(4)), figure, flag, provenance, r.IsDBNull(8) ? null : r.GetString(8))
        {
            Witnesses = [witness],
        };
        return new StoredWitness(observation, Convert.ToInt64(r.GetValue(15), CultureInfo.InvariantCulture));
    }

    /// <summary>A citation list as the text both engines keep (deduplicated in <c>citation_sets</c>).</summary>
    public static string CitationBody(IReadOnlyList<Citation> citations) =>
        JsonSerializer.Serialize(citations.ToArray(), StoreJsonContext.Default.CitationArray);

    /// <summary>A citation list read back from <see cref="CitationBody"/>.</summary>
    public static IReadOnlyList<Citation> Citations(string body) =>
        JsonSerializer.Deserialize(body, StoreJsonContext.Default.CitationArray) ?? [];

    // By reference: the documents and citation lists are the shared instances made above.
    private sealed class PublishedKeyComparer : IEqualityComparer<(SourceDocument Document, IReadOnlyList<Citation> Citations)>
    {
        public bool Equals((SourceDocument Document, IReadOnlyList<Citation> Citations) x, (SourceDocument Document, IReadOnlyList<Citation> Citations) y) =>
            ReferenceEquals(x.Document, y.Document) && ReferenceEquals(x.Citations, y.Citations);

        public int GetHashCode((SourceDocument Document, IReadOnlyList<Citation> Citations) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Document), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Citations));
    }
}
