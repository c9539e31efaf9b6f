using System.CommandLine;
using System.Globalization;
using Flowwatch.Application.Queries;
using Flowwatch.Reports;
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
            using IObservationStore store = StoreOpener.OpenForReading(parse.GetValue(CommonOptions.Db));
            SourcesListing listing = SourcesQuery.List(store.Sources());
            switch (parse.GetValue(format))
            {
                case "json":
                    // The files as GET /api/sources lists them (its "files").
                    Terminal.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(listing.Files, ReportJsonContext.Readable.IReadOnlyListSourceFileRow));
                    return ExitCodes.Ok;
                case "csv":
                    Terminal.Out.Write(listing.FilesCsv());
                    return ExitCodes.Ok;
            }

            IAnsiConsole console = Terminal.Console();
            if (listing.Files.Count == 0)
            {
                console.WriteLine($"No files ingested in {store.Location}. Run `flowwatch demo` or `flowwatch ingest PATH`.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("file", "format", "sha256", "published", "dated by", "ingested (UTC)", "rows", "publisher");
            foreach (SourceFileRow f in listing.Files)
            {
                table.AddRow(
                    Markup.Escape(f.File + (f.Synthetic ? " (synthetic)" : "")),
                    Markup.Escape(f.Format),
                    f.Sha256[..16] + "…",
                    f.Published,
                    f.Basis,
                    f.IngestedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    f.Rows.ToString("N0", CultureInfo.InvariantCulture),
                    Markup.Escape(f.Publisher));
            }

            console.Write(table);
            int removed = store.Removals().Count;
            console.WriteLine($"Store: {store.Location}" + (removed > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {removed} file(s) removed (recorded; `flowwatch export` lists them).") : ""));
            return ExitCodes.Ok;
        });
        return command;
    }
}
