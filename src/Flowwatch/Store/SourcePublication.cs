using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>Dates each stored file by the publication dates of its witnesses; shared by the engines.</summary>
internal static class SourcePublication
{
    /// <summary>The SQL every engine runs: each file's distinct citation lists, kept apart at ingest so that no figure is read.</summary>
    public const string CitationListsSql =
        "SELECT sc.source_id, c.body FROM source_citations sc LEFT JOIN citation_sets c ON c.id = sc.citations_id;";

    /// <summary>The records with <see cref="SourceRecord.Published"/> filled in.</summary>
    /// <param name="sources">The files by row id, in order.</param>
    /// <param name="citationLists">Each file's distinct citation lists (null body: no citations).</param>
    public static List<SourceRecord> Date(IReadOnlyList<(long Id, SourceRecord Record)> sources, IEnumerable<(long SourceId, string? Body)> citationLists)
    {
        var byId = sources.ToDictionary(s => s.Id, s => s.Record);
        var range = new Dictionary<long, (DateOnly First, DateOnly Last)>();
        var parsed = new Dictionary<string, IReadOnlyList<Citation>>(StringComparer.Ordinal);
        foreach ((long id, string? body) in citationLists)
        {
            if (!byId.TryGetValue(id, out SourceRecord? record))
            {
                continue;
            }

            IReadOnlyList<Citation> citations = [];
            if (body is not null && !parsed.TryGetValue(body, out citations!))
            {
                citations = StoredRow.Citations(body);
                parsed.Add(body, citations);
            }

            DateOnly day = WitnessDates.Published(record.Document, citations, record.IngestedAt);
            range[id] = range.TryGetValue(id, out var r) ? (day < r.First ? day : r.First, day > r.Last ? day : r.Last) : (day, day);
        }

        return sources.Select(s => range.TryGetValue(s.Id, out var r) ? s.Record with { Published = r } : s.Record).ToList();
    }
}
