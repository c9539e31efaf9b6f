using Flowwatch.Analysis.Trace;
using Flowwatch.Application.Trace;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Articles;
using Flowwatch.Store;
using Flowwatch.Store.Articles;

namespace Flowwatch.Application.Articles;

/// <summary>
/// Stores news articles: each is read (front matter required, an undated one refused), checked against the figures the
/// store had published by its date, and kept with its claims in one transaction, so that a refused article leaves the
/// store as it was. An article stored before is checked again: its claims are replaced when the figures changed.
/// </summary>
public sealed class ArticleIngestion
{
    /// <summary>The format name an article's outcome carries.</summary>
    public const string Format = "article";

    private readonly IArticleStore _articles;
    private readonly IObservationStore _figures;

    /// <summary>Ingestion of articles into <paramref name="articles"/>, checked against the figures of <paramref name="figures"/>.</summary>
    public ArticleIngestion(IArticleStore articles, IObservationStore figures)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(figures);
        _articles = articles;
        _figures = figures;
    }

    /// <summary>Reads, checks and stores one article file.</summary>
    /// <param name="path">The file as given, for messages.</param>
    /// <param name="file">Its bytes.</param>
    public FileOutcome IngestOne(string path, SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArticleReadResult read = ArticleReader.Read(file);
        if (read.HasErrors)
        {
            return new FileOutcome(path, Format, null, [.. read.Diagnostics.Select(d => d with { File = path })]);
        }

        ArticleFigures figures = ArticleFigures.Of(_figures, ObservationQuery.All);
        ArticleTrace.Check(read.Article!, read.Text!, figures, out IReadOnlyList<TracedClaim> claims, out string _, out string? problem);
        var diagnostics = problem is null ? new List<Diagnostic>() : [new Diagnostic(DiagnosticSeverity.Warning, ArticleMessages.TextCode, path, "", problem)];
        IngestStatus status = _articles.Add(new StoredArticle(read.Article!, read.Text!, [.. claims.Select(ArticleTrace.Stored)], DateTimeOffset.UtcNow));
        var document = new SourceDocument(file.Sha256, file.Name, Format, read.Article!.Outlet, read.Article.Published);
        return new FileOutcome(path, Format, new IngestOutcome(document, status, 0, 0, []), diagnostics)
        {
            Claims = claims.Count,
            ClaimsOnFigures = claims.Count(c => c.Figure is not null),
        };
    }
}
