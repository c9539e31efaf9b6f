using Flowwatch.Model.Articles;

namespace Flowwatch.Sources.Articles;

/// <summary>What the article reader made of a file.</summary>
/// <param name="Article">The article's document (hash, front matter); null when the file was refused.</param>
/// <param name="Text">The file's text as given (front matter included), null when refused.</param>
/// <param name="Diagnostics">Every problem found.</param>
public sealed record ArticleReadResult(ArticleDocument? Article, string? Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the file was refused.</summary>
    public bool HasErrors => Article is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
