using Flowwatch.Model;

namespace Flowwatch.Sources.Catalogs;

/// <summary>
/// Reads sanctions rules from a CSV file (data/rules.csv; schema in docs/detectors.md): one measure a row
/// with <c>id,instrument,paragraph,adopted,deadline,targets,prohibited,pretexts,summary,source_url</c>.
/// Lists in a cell are separated by ';'.
/// </summary>
public static class RuleCatalogReader
{
    /// <summary>The columns a rules file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "instrument", "paragraph", "adopted", "deadline", "targets", "prohibited", "pretexts", "summary", "source_url"];

    /// <summary>Reads a rules file, gathering every problem (file, line, column, what was expected).</summary>
    public static ReferenceReadResult<Rule> Read(SourceFile file)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        return ReferenceTable.Read(file, Columns, row =>
        {
            string id = row.Text("id");
            if (id.Length > 0 && !ids.Add(id))
            {
                row.Bad("id", id, "an id not used by an earlier row");
            }

            DateOnly adopted = row.Date("adopted");
            DateOnly? deadline = row.OptionalDate("deadline");
            if (deadline is { } d && d < adopted)
            {
                row.Bad("deadline", row.Text("deadline"), "a date on or after the adoption date");
            }

            return new Rule(
                id,
                row.Text("instrument"),
                row.Text("paragraph"),
                adopted,
                deadline,
                row.Countries("targets"),
                row.Purposes("prohibited"),
                row.Purposes("pretexts", required: false),
                row.Text("summary"),
                row.Url("source_url"));
        });
    }

    /// <summary>The rules bundled with Flowwatch (data/rules.csv as built into the library).</summary>
    public static ReferenceReadResult<Rule> LoadBundled() => Read(ReferenceTable.Embedded("bundled/rules.csv"));
}
