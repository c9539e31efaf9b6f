using System.CommandLine;
using Flowwatch.Analysis.Trace;
using Flowwatch.Application.Articles;
using Flowwatch.Application.Trace;
using Flowwatch.Reports.Trace;
using Flowwatch.Sources;
using Flowwatch.Sources.Articles;
using Flowwatch.Store;
using Flowwatch.Store.Articles;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class TraceCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files or folders (in a folder, every .md, .txt or .html file that opens with front matter); none traces the articles in the store.", Arity = ArgumentArity.ZeroOrMore };
        Option<string> format = CommonOptions.Format("table", "json", "markdown", "html");
        var outDir = new Option<string?>("--out") { Description = "Write trace.<format> into this folder instead of printing it." };
        var command = new Command("trace", "Trace claims across many articles: for each figure, every article's claim in date order, its variants with their first appearance and repeats, and who cited whom.") { paths, format, outDir };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(format)!, parse.GetValue(outDir), parse.GetValue(CommonOptions.Db)));
        return command;
    }

    /// <summary>For `flowwatch demo`: the genealogy of the 2024 entries in the bundled article corpus.</summary>
    internal static void WriteDemoGenealogy(IAnsiConsole console, IObservationStore store)
    {
        var read = new List<ArticleReadResult>();
        foreach (string name in typeof(TraceCommand).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("samples/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = typeof(TraceCommand).Assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            read.Add(ArticleTrace.Read(name[(name.LastIndexOf('/') + 1)..], buffer.ToArray()));
        }

        ArticleFigures figures = ArticleFigures.Of(store, ObservationQuery.All);
        TraceResult result = ArticleTrace.Trace(read, figures);
        Analysis.Trace.FigureGenealogy? entries = result.Figures.FirstOrDefault(g => g.Figure.Key.Dataset.Id == "ru-fsb-entries-by-purpose" && g.Figure.Key.Breakdown == Model.Breakdown.Total && g.Figure.Period.ToString() == "2024");
        if (entries is null)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Where the number came from[/]: {Markup.Escape(TraceReports.Title(entries.Figure))} in {read.Count} articles (flowwatch trace samples/articles)");
        foreach (Analysis.Trace.ClaimVariant v in entries.Variants)
        {
            string repeats = v.RepeatedBy.Count == 0 ? "not repeated" : "repeated by " + string.Join(", ", v.RepeatedBy.Select(r => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{r.Claim.Article.Outlet} ({r.Claim.Article.Published:yyyy-MM-dd})")));
            console.MarkupLine(Markup.Escape(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {v.Claimed:#,0} ({v.Reading}, {Reports.ClaimReports.Name(v.Verdict)}): first {v.First.Article.Outlet} ({v.First.Article.Published:yyyy-MM-dd}, \"{v.First.Text}\"); {repeats}")));
        }
    }

    private static int Run(string[] paths, string format, string? outDir, string? db)
    {
        TraceResult result;
        if (paths.Length == 0)
        {
            using IArticleStore articles = StoreOpener.OpenArticlesReadOnly(db);
            result = ArticleTrace.Trace(articles.Articles());
        }
        else
        {
            IReadOnlyList<string> files = ArticleTrace.Files(paths);
            IReadOnlyList<ArticleReadResult> read = ArticleTrace.Read(files, out IReadOnlyList<Diagnostic> problems);
            if (problems.Count > 0)
            {
                foreach (Diagnostic d in problems)
                {
                    Terminal.Fail(d.ToString());
                }

                return ExitCodes.BadInput;
            }

            using IObservationStore store = StoreOpener.OpenForReading(db);
            ArticleFigures figures = ArticleFigures.Of(store, ObservationQuery.All);
            result = ArticleTrace.Trace(read, figures);
        }

        string text = format switch
        {
            "json" => TraceReports.ToJson(result),
            "markdown" => TraceReports.ToMarkdown(result),
            "html" => TraceReports.ToHtml(result),
            _ => TraceReports.ToText(result),
        };
        if (outDir is null)
        {
            Terminal.Out.WriteLine(text);
            return ExitCodes.Ok;
        }

        Directory.CreateDirectory(outDir);
        string name = "trace." + (format switch { "json" => "json", "markdown" => "md", "html" => "html", _ => "txt" });
        string path = Path.Combine(outDir, name);
        File.WriteAllText(path + ".part", text);
        File.Move(path + ".part", path, overwrite: true);
        Terminal.Out.WriteLine($"wrote {path} ({result.Articles.Count} articles, {result.Figures.Count} figures)");
        return ExitCodes.Ok;
    }
}
