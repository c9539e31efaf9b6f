using System.CommandLine;
using System.Globalization;
using Flowwatch.Application;
using Flowwatch.Sources;
using Flowwatch.Store;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to read (folders are searched recursively; a sources.csv citation list applies to the files beside it).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Read official statistics files into the store, all or nothing per file.") { paths };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(CommonOptions.Db)));
        return command;
    }

    private static int Run(string[] paths, string? db)
    {
        IReadOnlyList<string> files;
        try
        {
            files = Ingestion.Expand(paths);
        }
        catch (SourceException e)
        {
            Terminal.Fail(e.Message);
            return ExitCodes.BadInput;
        }

        using IObservationStore store = StoreOpener.Open(db);
        var ingestion = new Ingestion(store);
        IAnsiConsole console = Terminal.Console();
        IReadOnlyList<FileOutcome> outcomes = console.Profile.Capabilities.Interactive
            ? console.Progress().AutoClear(true).Start(ctx =>
            {
                ProgressTask task = ctx.AddTask("ingesting", maxValue: files.Count);
                return ingestion.IngestFiles(files, path =>
                {
                    task.Description = Path.GetFileName(path);
                    task.Increment(1);
                });
            })
            : ingestion.IngestFiles(files);

        return Report(outcomes);
    }

    internal static int Report(IReadOnlyList<FileOutcome> outcomes)
    {
        TextWriter o = Terminal.Out;
        int rejected = 0;
        foreach (FileOutcome outcome in outcomes)
        {
            if (outcome.IsRejected)
            {
                rejected++;
                Terminal.Error.WriteLine($"rejected   {outcome.Path}: nothing was stored from this file.");
                foreach (Diagnostic d in outcome.Diagnostics)
                {
                    Terminal.Error.WriteLine("  " + d);
                }

                continue;
            }

            if (outcome.IsCitationList)
            {
                o.WriteLine($"citations  {outcome.Path}: used for the files beside it.");
                continue;
            }

            IngestOutcome stored = outcome.Stored!;
            if (stored.Status == IngestStatus.Unchanged)
            {
                o.WriteLine($"unchanged  {outcome.Path}: this exact file (sha256 {stored.Document.Sha256[..12]}) was ingested before; nothing added.");
                continue;
            }

            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"added      {outcome.Path} ({outcome.Format}): {stored.Rows:N0} figures: {stored.Added:N0} new, {stored.Confirmed:N0} confirmed, {stored.Revisions.Count:N0} revised."));
            foreach (Revision r in stored.Revisions.Take(20))
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  revised  {r.Key} {r.Period}: {r.Before:N0} (from {r.BeforeFile}) -> {r.After:N0}; both stay queryable with --as-of."));
            }

            if (stored.Revisions.Count > 20)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {stored.Revisions.Count - 20:N0} more revisions."));
            }

            foreach (Diagnostic d in outcome.Diagnostics)
            {
                o.WriteLine("  warning: " + d);
            }
        }

        return rejected > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
