using System.CommandLine;
using System.Globalization;
using Flowwatch.Store;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "List the ingested files: hash, time, rows, publisher.");
        command.SetAction(parse =>
        {
            using IObservationStore store = StoreOpener.Open(parse.GetValue(CommonOptions.Db));
            IReadOnlyList<SourceRecord> sources = store.Sources();
            IAnsiConsole console = Terminal.Console();
            if (sources.Count == 0)
            {
                console.WriteLine($"No files ingested in {store.Location}. Run `flowwatch demo` or `flowwatch ingest PATH`.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("file", "format", "sha256", "ingested (UTC)", "rows", "publisher");
            foreach (SourceRecord s in sources)
            {
                table.AddRow(
                    Markup.Escape(s.Document.FileName),
                    Markup.Escape(s.Document.Format),
                    s.Document.Sha256[..16] + "…",
                    s.IngestedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    s.Rows.ToString("N0", CultureInfo.InvariantCulture),
                    Markup.Escape(s.Document.Publisher));
            }

            console.Write(table);
            console.WriteLine($"Store: {store.Location}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
