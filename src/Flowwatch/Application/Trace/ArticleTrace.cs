using Flowwatch.Analysis.Claims;
using Flowwatch.Analysis.Trace;
using Flowwatch.Application.Articles;
using Flowwatch.Model.Articles;
using Flowwatch.Reports;
using Flowwatch.Sources;
using Flowwatch.Sources.Articles;
using Flowwatch.Store.Articles;

namespace Flowwatch.Application.Trace;

/// <summary>
/// The trace use case behind <c>flowwatch trace</c>, the article pages of <c>serve</c> and <c>watch</c>'s variant alerts:
/// articles are read (front matter required, an undated one refused), each is checked against the figures published by
/// its date exactly as <c>verify</c> checks it, its claims are placed on the figures they are about, and the claims of
/// all articles are grouped into each figure's genealogy.
/// </summary>
public static class ArticleTrace
{
    /// <summary>The article files a list of paths names: files as given, and in folders (searched recursively) every file that is an article.</summary>
    /// <exception cref="SourceException">A path does not exist, or a folder holds no article.</exception>
    public static IReadOnlyList<string> Files(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && IsArticleFile(f))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new SourceException($"{path}: the folder holds no article (a .md, .txt or .html file that opens with front matter).");
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new SourceException($"{path}: no such file or folder.");
            }
        }

        return files;
    }

    /// <summary>Whether the file on disk is an article: an article extension and front matter on its first line.</summary>
    public static bool IsArticleFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!ArticleReader.ArticleExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        Span<byte> head = stackalloc byte[16];
        try
        {
            using FileStream stream = File.OpenRead(path);
            int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return ArticleReader.IsArticle(path, head[..n]);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Reads every file as an article; the problems of all refused files are gathered, each naming its file.</summary>
    /// <param name="files">The files.</param>
    /// <param name="problems">Every problem; empty when all were read.</param>
    public static IReadOnlyList<ArticleReadResult> Read(IReadOnlyList<string> files, out IReadOnlyList<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(files);
        var read = new List<ArticleReadResult>(files.Count);
        var all = new List<Diagnostic>();
        foreach (string path in files)
        {
            ArticleReadResult result;
            try
            {
                result = ArticleReader.Read(SourceFile.Load(path));
            }
            catch (SourceException e)
            {
                all.Add(new Diagnostic(DiagnosticSeverity.Error, ArticleMessages.TextCode, path, "", e.Message));
                continue;
            }

            // Messages name the file as the user gave it, folder included.
            all.AddRange(result.Diagnostics.Select(d => d with { File = path }));
            read.Add(result);
        }

        problems = all;
        return read;
    }

    /// <summary>Checks one article as <c>verify</c> does and places its claims on figures.</summary>
    /// <param name="article">The article's document.</param>
    /// <param name="text">Its text as given.</param>
    /// <param name="figures">The figures to check against (those published by its date are chosen here).</param>
    /// <param name="claims">The placed claims; empty when its language is not one the claim reader reads.</param>
    /// <param name="language">The language it was read in (the front matter's when the reader cannot read it).</param>
    /// <param name="problem">Why its claims could not be read, or null.</param>
    public static void Check(ArticleDocument article, string text, ArticleFigures figures, out IReadOnlyList<TracedClaim> claims, out string language, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(figures);
        string lang = article.Language is { } l && ArticleChecker.Languages.Contains(l) ? l : "auto";
        if (article.Language is { } given && lang == "auto" && given != "auto")
        {
            claims = [];
            language = given;
            problem = $"{article.FileName}: claims are read in {string.Join(", ", ArticleChecker.Languages)}; the article is in '{given}', so none of its claims is traced.";
            return;
        }

        if (!ArticleVerification.TryVerify(new ArticleInput(text, article.Published, lang), figures, null, out VerifiedArticle? verified, out problem))
        {
            claims = [];
            language = article.Language ?? "";
            problem = $"{article.FileName}: {problem}";
            return;
        }

        claims = ClaimPlacement.Place(article, verified!.Check);
        language = verified.Check.Language;
    }

    /// <summary>Traces articles read from files: each checked against the figures published by its date.</summary>
    /// <param name="articles">The articles read (refused ones are left out).</param>
    /// <param name="figures">The figures.</param>
    /// <param name="lexicon">The words that name sources.</param>
    public static TraceResult Trace(IReadOnlyList<ArticleReadResult> articles, ArticleFigures figures, CitationLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var notes = new List<string>();
        var checkedArticles = new List<(ArticleDocument Document, string Text, string Language, IReadOnlyList<TracedClaim> Claims)>();
        foreach (ArticleReadResult read in articles.Where(a => !a.HasErrors).DistinctBy(a => a.Article!.Sha256))
        {
            Check(read.Article!, read.Text!, figures, out IReadOnlyList<TracedClaim> claims, out string language, out string? problem);
            if (problem is not null)
            {
                notes.Add(problem);
            }

            checkedArticles.Add((read.Article!, read.Text!, language, claims));
        }

        return Assemble(checkedArticles, lexicon, notes);
    }

    /// <summary>Reads one article given as bytes (an embedded sample, an upload); a refused one carries its problems.</summary>
    public static ArticleReadResult Read(string fileName, byte[] content) => ArticleReader.Read(new SourceFile(fileName, content));

    /// <summary>Traces articles read from files with the bundled citation lexicon (data/citation-cues.csv).</summary>
    public static TraceResult Trace(IReadOnlyList<ArticleReadResult> articles, ArticleFigures figures) => Trace(articles, figures, CitationLexiconReader.LoadBundled());

    /// <summary>Traces the articles of the store with the bundled citation lexicon (data/citation-cues.csv).</summary>
    public static TraceResult Trace(IReadOnlyList<StoredArticle> stored) => Trace(stored, CitationLexiconReader.LoadBundled());

    /// <summary>Traces the articles of the store, with their claims as checked when they were ingested.</summary>
    public static TraceResult Trace(IReadOnlyList<StoredArticle> stored, CitationLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var items = stored.Select(a => (a.Document, a.Text, a.Document.Language ?? "", (IReadOnlyList<TracedClaim>)[.. a.Claims.Select(c => Traced(a.Document, c))])).ToList();
        return Assemble(items, lexicon, []);
    }

    /// <summary>A placed claim as the store keeps it.</summary>
    public static StoredClaim Stored(TracedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new StoredClaim(claim.Ordinal, claim.Text, claim.Sentence, claim.Claimed, ClaimReports.Name(claim.Verdict), claim.Rule,
            claim.Figure?.Key, claim.Figure?.Period, claim.FigureValue, claim.Reading);
    }

    /// <summary>A stored claim placed again (the store keeps what the check found).</summary>
    public static TracedClaim Traced(ArticleDocument article, StoredClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        FigureRef? figure = claim.Series is { } key && claim.Period is { } period ? new FigureRef(key, period) : null;
        return new TracedClaim(article, claim.Ordinal, claim.Text, claim.Sentence, claim.Claimed, VerdictOf(claim.Verdict), claim.Rule, figure, claim.FigureValue, claim.Reading);
    }

    private static Verdict VerdictOf(string name) =>
        Enum.GetValues<Verdict>().FirstOrDefault(v => ClaimReports.Name(v) == name, Verdict.NotCheckable);

    private static TraceResult Assemble(IReadOnlyList<(ArticleDocument Document, string Text, string Language, IReadOnlyList<TracedClaim> Claims)> articles, CitationLexicon lexicon, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var finder = new CitationFinder(lexicon, articles.Select(a => a.Document.Outlet));
        var traced = articles.Select(a =>
        {
            string body = FrontMatter.TryRead(a.Text) is { } front ? a.Text[front.BodyStart..] : a.Text;
            return new TracedArticle(a.Document, a.Language, a.Claims, finder.Cited(a.Document, body, a.Language));
        }).ToList();
        var sources = traced.DistinctBy(a => a.Article.Sha256).ToDictionary(a => a.Article.Sha256, a => finder.SourceOf(a.Article), StringComparer.Ordinal);
        return new TraceResult([.. Genealogy.Ordered(traced)], Genealogy.Build(traced, sources), notes);
    }
}
