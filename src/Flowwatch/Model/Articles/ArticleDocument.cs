namespace Flowwatch.Model.Articles;

/// <summary>A news article as read from its file: its hash, its front matter (date, outlet, address, language, sources named).</summary>
/// <param name="Sha256">The lower-case hex SHA-256 of the file's bytes; identifies the article whatever its name.</param>
/// <param name="FileName">The file name as given (no folder).</param>
/// <param name="Published">The day it appeared (the front matter's <c>date</c>; an article without one is refused).</param>
/// <param name="Outlet">Who published it (<c>outlet</c>; else the address's host, else the file name).</param>
/// <param name="Url">Where it was published (<c>url</c>), or null.</param>
/// <param name="Language">The language code the front matter gives (<c>lang</c>), or null to detect it.</param>
/// <param name="Cites">The sources the front matter says it names (<c>cites</c>, comma-separated), in order.</param>
public sealed record ArticleDocument(string Sha256, string FileName, DateOnly Published, string Outlet, string? Url, string? Language, IReadOnlyList<string> Cites)
{
    /// <summary>How outputs name the article: its address, else its file name.</summary>
    public string Reference => Url ?? FileName;
}
