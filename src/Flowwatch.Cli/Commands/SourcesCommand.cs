using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Flowwatch.Store;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class SourcesCommand
{
    public static Command Create()
    {
        Option<string> format = CommonOptions.Format("table", "json", "csv");
        var command = new Command("sources", "List the ingested files: hash, publication and ingest dates, rows, publisher, synthetic or not.") { format };
        command.SetAction(parse =>
        {
            using IObservationStore store = StoreOpener.Open(parse.GetValue(CommonOptions.Db));
            IReadOnlyList<SourceRecord> sources = store.Sources();
            switch (parse.GetValue(format))
            {
                case "json":
                    Terminal.Out.Write(Json(sources));
                    return ExitCodes.Ok;
                case "csv":
                    Terminal.Out.Write(Csv(sources));
                    return ExitCodes.Ok;
            }

            IAnsiConsole console = Terminal.Console();
            if (sources.Count == 0)
            {
                console.WriteLine($"No files ingested in {store.Location}. Run `flowwatch demo` or `flowwatch ingest PATH`.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("file", "format", "sha256", "published", "ingested (UTC)", "rows", "publisher");
            foreach (SourceRecord s in sources)
            {
                table.AddRow(
                    Markup.Escape(s.Document.FileName + (s.Document.Synthetic ? " (synthetic)" : "")),
                    Markup.Escape(s.Document.Format),
                    s.Document.Sha256[..16] + "…",
                    Published(s),
                    s.IngestedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    s.Rows.ToString("N0", CultureInfo.InvariantCulture),
                    Markup.Escape(s.Document.Publisher));
            }

            console.Write(table);
            int removed = store.Removals().Count;
            console.WriteLine($"Store: {store.Location}" + (removed > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {removed} file(s) removed (recorded; `flowwatch export` lists them).") : ""));
            return ExitCodes.Ok;
        });
        return command;
    }

    // One date when the file has one; else the span of its figures' publication dates.
    private static string Published(SourceRecord s) =>
        s.Document.ReleaseDate is { } d ? Day(d)
        : s.Published is { } p ? (p.First == p.Last ? Day(p.First) : $"{Day(p.First)} to {Day(p.Last)}")
        : "";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Csv(IReadOnlyList<SourceRecord> sources)
    {
        var sb = new StringBuilder("sha256,file_name,format,publisher,release_date,published_first,published_last,ingested,rows,synthetic\n");
        foreach (SourceRecord s in sources)
        {
            string[] cells =
            [
                s.Document.Sha256, s.Document.FileName, s.Document.Format, s.Document.Publisher,
                s.Document.ReleaseDate is { } r ? Day(r) : "", s.Published is { } a ? Day(a.First) : "", s.Published is { } b ? Day(b.Last) : "",
                s.IngestedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                s.Rows.ToString(CultureInfo.InvariantCulture), s.Document.Synthetic ? "yes" : "no",
            ];
            sb.AppendJoin(',', cells.Select(c => c.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Json(IReadOnlyList<SourceRecord> sources)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (SourceRecord s in sources)
            {
                json.WriteStartObject();
                json.WriteString("sha256", s.Document.Sha256);
                json.WriteString("file", s.Document.FileName);
                json.WriteString("format", s.Document.Format);
                json.WriteString("publisher", s.Document.Publisher);
                WriteDate(json, "release_date", s.Document.ReleaseDate);
                WriteDate(json, "published_first", s.Published?.First);
                WriteDate(json, "published_last", s.Published?.Last);
                json.WriteString("ingested", s.IngestedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                json.WriteNumber("rows", s.Rows);
                json.WriteBoolean("synthetic", s.Document.Synthetic);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? d)
    {
        if (d is { } day)
        {
            json.WriteString(name, Day(day));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
