using System.Globalization;
using System.Text;
using System.Text.Json;
using Flowwatch.Model;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;

namespace Flowwatch.Application;

/// <summary>
/// Writes the whole store as a Frictionless data package (datapackage.json): the current real figures as a
/// Flowwatch tidy CSV with its citation list (so that <c>flowwatch ingest DIR</c> reads them back), and every
/// witness, revision, file and removal as tables beside them.
/// </summary>
/// <remarks>
/// Figures a file states without citing a report (an official table read directly) are exported citing that
/// file: a citation list entry <c>FILE-</c> and the first 12 hex digits of its SHA-256, dated by its release,
/// so that their origin and publication date survive the round trip. The tables of witnesses and revisions
/// name their series in one <c>series</c> column, so that no reader takes them for figures when the folder is
/// ingested. Synthetic figures are listed among the witnesses, never among the figures.
/// </remarks>
public static class StoreExport
{
    /// <summary>The files written, in the order of the package's resources.</summary>
    public static IReadOnlyList<string> Files { get; } =
        ["observations.csv", CitationCatalog.FileName, "witnesses.csv", "revisions.csv", "files.csv", "removals.csv", "datapackage.json"];

    /// <summary>Writes the package into <paramref name="folder"/> (created if needed); a file is replaced only once it is whole.</summary>
    /// <returns>How many figures and witnesses were written.</returns>
    public static (int Figures, int Witnesses) Write(IObservationStore store, string folder)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        IReadOnlyList<Observation> current = store.Current(ObservationQuery.All);
        IReadOnlyList<Observation> every = store.History(new ObservationQuery { IncludeSynthetic = true });
        IReadOnlyList<Observation> withRevisions = store.Current(new ObservationQuery { IncludeSynthetic = true });

        var catalog = new Dictionary<string, Citation>(StringComparer.Ordinal);
        var figures = new Reports.CsvWriter("dataset", "reporter", "partner", "breakdown", "period", "value", "flag", "sources", "note", "urls", "publisher");
        foreach (Observation o in current)
        {
            var ids = new List<string>();
            var urls = new List<string>();
            foreach (Citation c in Cited(o))
            {
                if (c.Id.Length == 0)
                {
                    urls.Add(c.Url);
                }
                else if (catalog.TryAdd(c.Id, c) || catalog[c.Id] == c)
                {
                    ids.Add(c.Id);
                }
                else
                {
                    // Two lists gave one id different meanings: keep both, the second under a suffixed id.
                    string id = c.Id + "-" + Hash(c);
                    catalog.TryAdd(id, c with { Id = id });
                    ids.Add(id);
                }
            }

            Row(figures, o.Key.Dataset.Id, o.Key.Reporter.Code, o.Key.Partner.Code, o.Key.Breakdown.Code, o.Period.ToString(), Number(o.Value),
                o.Flag.ToCode(), string.Join(' ', ids.Distinct(StringComparer.Ordinal)), o.Note ?? "", string.Join(' ', urls.Distinct(StringComparer.Ordinal)), o.Provenance.Document.Publisher);
        }

        var citations = new Reports.CsvWriter("source_id", "outlet", "date", "language", "url");
        foreach (Citation c in catalog.Values)
        {
            Row(citations, c.Id, c.Outlet, c.Date, "", c.Url);
        }

        var witnesses = new Reports.CsvWriter("series", "period", "value", "flag", "file", "sha256", "locator", "published", "ingested", "synthetic", "citations");
        foreach (Observation o in every)
        {
            Witness w = o.Witnesses[0];
            Row(witnesses, Series(o.Key), o.Period.ToString(), Number(w.Value), w.Flag.ToCode(), w.Provenance.Document.FileName, w.Provenance.Document.Sha256,
                w.Provenance.Locator.ToString(), Date(w.Published), Time(w.Ingested), w.IsSynthetic ? "yes" : "no",
                string.Join(' ', w.Provenance.Citations.Select(c => c.Id.Length > 0 ? c.Id : c.Url)));
        }

        var revisions = new Reports.CsvWriter("series", "period", "earlier_value", "earlier_published", "earlier_file", "value", "published", "synthetic");
        foreach (Observation o in withRevisions.Where(o => o.Superseded.Count > 0))
        {
            foreach (Witness w in o.Superseded)
            {
                Row(revisions, Series(o.Key), o.Period.ToString(), Number(w.Value), Date(w.Published), w.Provenance.Document.FileName,
                    Number(o.Value), Date(o.FirstPublished), o.IsSynthetic || w.IsSynthetic ? "yes" : "no");
            }
        }

        var files = new Reports.CsvWriter("sha256", "file_name", "format", "publisher", "release_date", "published_first", "published_last", "ingested", "rows", "synthetic");
        IReadOnlyList<SourceRecord> stored = store.Sources();
        foreach (SourceRecord s in stored)
        {
            Row(files, s.Document.Sha256, s.Document.FileName, s.Document.Format, s.Document.Publisher, Date(s.Document.ReleaseDate),
                Date(s.Published?.First), Date(s.Published?.Last), Time(s.IngestedAt), s.Rows.ToString(CultureInfo.InvariantCulture), s.Document.Synthetic ? "yes" : "no");
        }

        var removals = new Reports.CsvWriter("sha256", "file_name", "format", "publisher", "ingested", "removed", "rows", "synthetic");
        foreach (Removal r in store.Removals())
        {
            Row(removals, r.Document.Sha256, r.Document.FileName, r.Document.Format, r.Document.Publisher, Time(r.IngestedAt), Time(r.RemovedAt),
                r.Rows.ToString(CultureInfo.InvariantCulture), r.Document.Synthetic ? "yes" : "no");
        }

        Directory.CreateDirectory(folder);
        string[] texts = [figures.ToString(), citations.ToString(), witnesses.ToString(), revisions.ToString(), files.ToString(), removals.ToString(), Package(stored)];
        // Every file is written beside its final name first and moved into place only when all are whole.
        for (int i = 0; i < texts.Length; i++)
        {
            File.WriteAllText(Path.Combine(folder, Files[i] + ".part"), texts[i], new UTF8Encoding(false));
        }

        foreach (string name in Files)
        {
            File.Move(Path.Combine(folder, name + ".part"), Path.Combine(folder, name), overwrite: true);
        }

        return (current.Count, every.Count);
    }

    // The figure's citations, and for each witness that cites none, a citation of the file itself.
    private static IEnumerable<Citation> Cited(Observation o)
    {
        foreach (Citation c in o.Provenance.Citations)
        {
            yield return c;
        }

        foreach (Witness w in o.Witnesses.Where(w => w.Provenance.Citations.Count == 0))
        {
            SourceDocument d = w.Provenance.Document;
            yield return new Citation("FILE-" + d.Sha256[..Math.Min(12, d.Sha256.Length)], $"{d.Publisher} ({d.FileName}, {w.Provenance.Locator})", Date(w.Published), "");
        }
    }

    private static string Hash(Citation c) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(c.Outlet + "\u001F" + c.Date + "\u001F" + c.Url)))[..8];

    private static string Series(SeriesKey k) => $"{k.Dataset}/{k.Reporter}/{k.Partner}/{k.Breakdown}";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    private static void Row(Reports.CsvWriter csv, params string[] cells) => csv.Row(cells);

    private static string Package(IReadOnlyList<SourceRecord> stored)
    {
        (string Name, string Description, (string Field, string Type)[] Fields)[] resources =
        [
            ("observations", "The current figure of each series and period (real data only), as a Flowwatch tidy CSV; its citation ids resolve in sources.csv.",
                [("dataset", "string"), ("reporter", "string"), ("partner", "string"), ("breakdown", "string"), ("period", "string"), ("value", "number"), ("flag", "string"), ("sources", "string"), ("note", "string"), ("urls", "string"), ("publisher", "string")]),
            ("sources", "The reports the figures cite; FILE- entries stand for files that are themselves the publication.",
                [("source_id", "string"), ("outlet", "string"), ("date", "string"), ("language", "string"), ("url", "string")]),
            ("witnesses", "Every file that states a figure, with the value it states, its place in the file and when it was published and ingested.",
                [("series", "string"), ("period", "string"), ("value", "number"), ("flag", "string"), ("file", "string"), ("sha256", "string"), ("locator", "string"), ("published", "date"), ("ingested", "datetime"), ("synthetic", "boolean"), ("citations", "string")]),
            ("revisions", "Values that a later release revised, with the value that superseded them.",
                [("series", "string"), ("period", "string"), ("earlier_value", "number"), ("earlier_published", "date"), ("earlier_file", "string"), ("value", "number"), ("published", "date"), ("synthetic", "boolean")]),
            ("files", "The files in the store.",
                [("sha256", "string"), ("file_name", "string"), ("format", "string"), ("publisher", "string"), ("release_date", "date"), ("published_first", "date"), ("published_last", "date"), ("ingested", "datetime"), ("rows", "integer"), ("synthetic", "boolean")]),
            ("removals", "Files taken out of the store, and when.",
                [("sha256", "string"), ("file_name", "string"), ("format", "string"), ("publisher", "string"), ("ingested", "datetime"), ("removed", "datetime"), ("rows", "integer"), ("synthetic", "boolean")]),
        ];
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("name", "flowwatch-export");
            json.WriteString("title", "A Flowwatch store, exported");
            json.WriteString("description", "Figures with every witness, revision and file. `flowwatch ingest` on this folder reads observations.csv and sources.csv back.");

            // Frictionless has no property for it: how text cells are kept from running as formulas is declared here,
            // so that a reader other than Flowwatch's can take the apostrophe off as Flowwatch's readers do.
            json.WriteStartObject("flowwatch:formulaEscape");
            json.WriteString("description", "A text cell that begins with =, +, -, @, a tab or a carriage return (after any apostrophes) is written with one more apostrophe in front, so that a spreadsheet shows it as text and runs no formula (OWASP, CSV injection). Take off the first apostrophe of a cell that begins with apostrophes followed by one of those characters to restore the text; flowwatch ingest does.");
            json.WriteString("prefix", "'");
            json.WriteStartArray("triggers");
            foreach (char c in SpreadsheetText.FormulaStarts)
            {
                json.WriteStringValue(c.ToString());
            }

            json.WriteEndArray();
            json.WriteString("appliesTo", "every field of type string");
            json.WriteString("reference", "https://owasp.org/www-community/attacks/CSV_Injection");
            json.WriteEndObject();

            // Frictionless' sources: each file the figures come from, its release as the version (the date it was
            // released, else the latest date its figures were published), its hash naming the exact file.
            json.WriteStartArray("sources");
            foreach (SourceRecord s in stored)
            {
                json.WriteStartObject();
                json.WriteString("title", s.Document.FileName);
                json.WriteString("version", Date(s.Document.ReleaseDate ?? s.Published?.Last) is { Length: > 0 } version ? version : "sha256:" + s.Document.Sha256);
                json.WriteString("flowwatch:sha256", s.Document.Sha256);
                json.WriteString("flowwatch:publisher", s.Document.Publisher);
                json.WriteString("flowwatch:releaseDate", Date(s.Document.ReleaseDate));
                json.WriteString("flowwatch:publishedFirst", Date(s.Published?.First));
                json.WriteString("flowwatch:publishedLast", Date(s.Published?.Last));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("resources");
            foreach ((string name, string description, (string Field, string Type)[] fields) in resources)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("path", name + ".csv");
                json.WriteString("format", "csv");
                json.WriteString("mediatype", "text/csv");
                json.WriteString("encoding", "utf-8");
                json.WriteString("description", description);
                json.WriteStartObject("dialect");
                json.WriteString("delimiter", ",");
                json.WriteString("lineTerminator", "\n");
                json.WriteString("quoteChar", "\"");
                json.WriteBoolean("doubleQuote", true);
                json.WriteBoolean("header", true);
                json.WriteEndObject();
                json.WriteStartObject("schema");
                json.WriteStartArray("fields");
                foreach ((string field, string type) in fields)
                {
                    json.WriteStartObject();
                    json.WriteString("name", field);
                    json.WriteString("type", type);
                    if (type == "boolean")
                    {
                        json.WriteStartArray("trueValues");
                        json.WriteStringValue("yes");
                        json.WriteEndArray();
                        json.WriteStartArray("falseValues");
                        json.WriteStringValue("no");
                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
