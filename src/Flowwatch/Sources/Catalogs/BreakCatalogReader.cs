using Flowwatch.Model;

namespace Flowwatch.Sources.Catalogs;

/// <summary>
/// Reads the catalogue of known breaks from a CSV file (data/breaks.csv; schema in docs/detectors.md):
/// <c>id,kind,datasets,reporters,partners,from,to,summary,source_url</c>; lists in a cell are separated by ';', an empty
/// list means all; <c>kind</c> is <c>closed</c> (with a <c>to</c> date) or <c>methodology</c>.
/// </summary>
public static class BreakCatalogReader
{
    /// <summary>The columns a breaks file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["id", "kind", "datasets", "reporters", "partners", "from", "to", "summary", "source_url"];

    /// <summary>Reads a breaks file, gathering every problem (file, line, column, what was expected).</summary>
    public static ReferenceReadResult<SeriesBreak> Read(SourceFile file)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        return ReferenceTable.Read(file, Columns, row =>
        {
            string id = row.Text("id");
            if (id.Length > 0 && !ids.Add(id))
            {
                row.Bad("id", id, "an id not used by an earlier row");
            }

            string kindText = row.Text("kind");
            SeriesBreakKind kind = kindText switch
            {
                "closed" => SeriesBreakKind.Closed,
                "methodology" => SeriesBreakKind.Methodology,
                _ => SeriesBreakKind.Closed,
            };
            if (kindText is not ("closed" or "methodology"))
            {
                row.Bad("kind", kindText, "closed or methodology");
            }

            var datasets = new List<DatasetId>();
            foreach (string part in row.Text("datasets", required: false).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (DatasetId.TryParse(part, out DatasetId d))
                {
                    datasets.Add(d);
                }
                else
                {
                    row.Bad("datasets", part, "dataset ids such as ru-fsb-entries-by-purpose, separated by ';'");
                }
            }

            DateOnly from = row.Date("from");
            DateOnly? to = row.OptionalDate("to");
            if (kind == SeriesBreakKind.Closed && (to is null || to < from))
            {
                row.Bad("to", row.Text("to", required: false), "the last day of the closure, on or after its first");
            }

            return new SeriesBreak(
                id, kind, datasets, row.Countries("reporters", required: false), row.Countries("partners", required: false),
                from, to, row.Text("summary"), row.Url("source_url"));
        });
    }

    /// <summary>The breaks bundled with Flowwatch (data/breaks.csv as built into the library).</summary>
    public static ReferenceReadResult<SeriesBreak> LoadBundled() => Read(ReferenceTable.Embedded("bundled/breaks.csv"));
}
