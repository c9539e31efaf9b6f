using Flowwatch.Model;

namespace Flowwatch.Sources.Catalogs;

/// <summary>
/// Reads dated context events from a CSV file (data/events.csv): <c>date,title,actors,kind,source_url</c>,
/// actors separated by ';'.
/// </summary>
public static class ContextEventReader
{
    /// <summary>The columns an events file must have.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["date", "title", "actors", "kind", "source_url"];

    /// <summary>Reads an events file, gathering every problem.</summary>
    public static ReferenceReadResult<ContextEvent> Read(SourceFile file) =>
        ReferenceTable.Read(file, Columns, row =>
        {
            string[] actors = row.Text("actors").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new ContextEvent(row.Date("date"), row.Text("title"), actors, row.Text("kind"), row.Url("source_url"));
        });

    /// <summary>The events bundled with Flowwatch (data/events.csv as built into the library).</summary>
    public static ReferenceReadResult<ContextEvent> LoadBundled() => Read(ReferenceTable.Embedded("bundled/events.csv"));
}
