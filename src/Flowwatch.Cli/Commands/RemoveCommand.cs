using System.CommandLine;
using System.Globalization;
using Flowwatch.Application;
using Flowwatch.Store;
using Flowwatch.Store.Articles;

namespace Flowwatch.Cli.Commands;

internal static class RemoveCommand
{
    public static Command Create()
    {
        var names = new Argument<string[]>("SOURCE-ID|FILE")
        {
            Description = "What to remove: a SHA-256 (or its first 8+ hex digits, as `flowwatch sources` shows), a stored file name, a file on disk, or a folder of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("remove", "Take files out of the store, all or nothing: figures fall back to their other witnesses; the removal is recorded.") { names };
        command.SetAction(parse =>
        {
            using IObservationStore store = StoreOpener.Open(parse.GetValue(CommonOptions.Db));
            using IArticleStore articles = StoreOpener.OpenArticles(parse.GetValue(CommonOptions.Db));
            if (!SourceRemoval.TryResolve(store, articles.Articles(), parse.GetValue(names)!, out IReadOnlyList<SourceRecord> matches, out IReadOnlyList<StoredArticle> articleMatches, out string? problem))
            {
                Terminal.Fail(problem! + " Nothing was removed.");
                return ExitCodes.BadInput;
            }

            if ((matches.Count == 0 ? [] : store.Remove(matches.Select(m => m.Document.Sha256).ToList())) is not { } removed)
            {
                Terminal.Fail("a file went from the store while removing; nothing was removed.");
                return ExitCodes.BadInput;
            }

            foreach (Removal r in removed)
            {
                Terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"removed    {r.Document.FileName} (sha256 {r.Document.Sha256[..12]}{(r.Document.Synthetic ? ", synthetic" : "")}): {r.Rows:N0} witnesses; figures fall back to their other witnesses."));
            }

            // Articles go after the figures' files, so that a failed removal of figures leaves the articles too.
            articles.Remove([.. articleMatches.Select(a => a.Document.Sha256)]);
            foreach (StoredArticle a in articleMatches)
            {
                Terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"removed    {a.Document.FileName} (sha256 {a.Document.Sha256[..12]}, article, {a.Document.Outlet}): {a.Claims.Count:N0} claims."));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
