using System.CommandLine;
using System.Globalization;
using Flowwatch.Application;
using Flowwatch.Sources;
using Flowwatch.Store;
using Flowwatch.Store.Articles;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to read (folders are searched recursively; a sources.csv citation list applies to the files beside it, also to a file named on its own).",
            Arity = ArgumentArity.OneOrMore,
        };
        var synthetic = new Option<bool>("--synthetic") { Description = "Mark these files as synthetic test data: kept apart from real figures, shown only with --include-synthetic." };
        var verbose = new Option<bool>("--verbose") { Description = "List every warning, not one line per kind." };
        var command = new Command("ingest", "Read official statistics files into the store, all or nothing per file.") { paths, synthetic, verbose };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(CommonOptions.Db), new IngestOptions { Synthetic = parse.GetValue(synthetic) }, parse.GetValue(verbose)));
        return command;
    }

    // A file that would be read as figures: not an article, and not a Markdown or HTML file (a folder's README is
    // neither, and is skipped). A folder of articles and its README into an empty store still gets the bundled figures.
    private static bool IsData(IngestTarget target) =>
        !Application.Trace.ArticleTrace.IsArticleFile(target.Path)
        && Path.GetExtension(target.Path).ToLowerInvariant() is not (".md" or ".html" or ".htm");

    private static int Run(string[] paths, string? db, IngestOptions options, bool verbose)
    {
        IReadOnlyList<IngestTarget> files;
        try
        {
            files = Ingestion.ExpandTargets(paths);
        }
        catch (SourceException e)
        {
            Terminal.Fail(e.Message);
            return ExitCodes.BadInput;
        }

        using IObservationStore store = StoreOpener.Open(db);
        using IArticleStore articles = StoreOpener.OpenArticles(db);
        if (store.Sources().Count == 0 && files.Any(f => Application.Trace.ArticleTrace.IsArticleFile(f.Path)) && !files.Any(IsData))
        {
            // Articles are checked against the figures published by their dates: a store without figures would check them against nothing.
            new Ingestion(store).IngestBundled();
            Terminal.Error.WriteLine($"note: {store.Location} held no figures; loaded the bundled DPRK-Russia figures (data/dprk-russia) to check the articles against.");
        }

        var ingestion = new Ingestion(store, articles);
        IAnsiConsole console = Terminal.Console();
        IReadOnlyList<FileOutcome> outcomes = console.Profile.Capabilities.Interactive
            ? console.Progress().AutoClear(true).Start(ctx =>
            {
                ProgressTask task = ctx.AddTask("ingesting", maxValue: files.Count);
                return ingestion.IngestFiles(files, options, path =>
                {
                    task.Description = Path.GetFileName(path);
                    task.Increment(1);
                });
            })
            : ingestion.IngestFiles(files, options);

        return Report(outcomes, verbose);
    }

    internal static int Report(IReadOnlyList<FileOutcome> outcomes, bool verbose = false)
    {
        TextWriter o = Terminal.Out;
        int rejected = 0;
        var warnings = new List<Diagnostic>();
        foreach (FileOutcome outcome in outcomes)
        {
            if (outcome.IsSkipped)
            {
                continue;
            }

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
            if (outcome.Claims is { } claims)
            {
                string status = stored.Status switch { IngestStatus.Unchanged => "unchanged ", IngestStatus.Updated => "rechecked ", _ => "added     " };
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{status} {outcome.Path} (article, {stored.Document.Publisher}, {stored.Document.ReleaseDate:yyyy-MM-dd}): {claims} claims, {outcome.ClaimsOnFigures} of them about a figure in the store{(stored.Status == IngestStatus.Updated ? "; its claims were checked again and replaced" : "")}."));
                warnings.AddRange(outcome.Diagnostics);
                continue;
            }

            if (stored.Status == IngestStatus.Unchanged)
            {
                o.WriteLine($"unchanged  {outcome.Path}: this exact file (sha256 {stored.Document.Sha256[..12]}) was ingested before; nothing added.");
                continue;
            }

            string verb = stored.Status == IngestStatus.Updated ? "updated   " : "added     ";
            string label = outcome.IsSynthetic ? " synthetic" : "";
            string reason = stored.Status == IngestStatus.Updated ? " (same file, changed citation list: its figures were replaced)" : "";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{verb} {outcome.Path} ({outcome.Format}{label}){reason}: {stored.Rows:N0} figures: {stored.Added:N0} new, {stored.Confirmed:N0} confirmed (witness added), {stored.Revisions.Count:N0} revised."));
            foreach (Revision r in stored.Revisions.Take(20))
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  revised  {r.Key} {r.Period}: {r.Before:N0} (from {r.BeforeFile}) -> {r.After:N0}; both stay, each with its witnesses (--as-of shows the earlier)."));
            }

            if (stored.Revisions.Count > 20)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {stored.Revisions.Count - 20:N0} more revisions."));
            }

            if (verbose)
            {
                foreach (Diagnostic d in outcome.Diagnostics)
                {
                    o.WriteLine("  warning: " + d);
                }
            }
            else
            {
                warnings.AddRange(outcome.Diagnostics);
            }
        }

        // Repeated warnings are one line per code: forty near-identical lines hide the one that matters.
        foreach (IGrouping<string, Diagnostic> code in warnings.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Diagnostic first = code.First();
            int files = code.Select(d => d.File).Distinct(StringComparer.Ordinal).Count();
            o.WriteLine(code.Count() == 1
                ? "warning: " + first
                : string.Create(CultureInfo.InvariantCulture, $"warning: {code.Key} × {code.Count()} in {files} file{(files == 1 ? "" : "s")}, such as {first}; --verbose lists them."));
        }

        int skipped = outcomes.Count(x => x.IsSkipped);
        if (skipped > 0)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"skipped    {skipped} file{(skipped == 1 ? "" : "s")} in the folders that {(skipped == 1 ? "is" : "are")} not in a format Flowwatch reads: {string.Join(", ", outcomes.Where(x => x.IsSkipped).Select(x => Path.GetFileName(x.Path)).Take(5))}{(skipped > 5 ? ", ..." : "")}."));
        }

        return rejected > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
