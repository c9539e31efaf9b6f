using System.CommandLine;
using System.Globalization;
using Flowwatch.Application;
using Flowwatch.Store;

namespace Flowwatch.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The folder to write the data package into (datapackage.json and its CSV files).", Required = true };
        var command = new Command("export", "Write the whole store as a Frictionless data package: figures, citations, witnesses, revisions, files and removals.") { output };
        command.SetAction(parse =>
        {
            using IObservationStore store = StoreOpener.Open(parse.GetValue(CommonOptions.Db));
            string folder = parse.GetValue(output)!;
            (int figures, int witnesses) = StoreExport.Write(store, folder);
            using Store.Articles.IArticleStore articles = StoreOpener.OpenArticles(parse.GetValue(CommonOptions.Db));
            int written = Application.Articles.ArticleExport.Write(articles, folder);
            Terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {Path.Combine(folder, "datapackage.json")}: {figures:N0} figures, {witnesses:N0} witnesses, {written:N0} articles (articles/). `flowwatch ingest {folder}` reads the figures and articles back."));
            return ExitCodes.Ok;
        });
        return command;
    }
}
