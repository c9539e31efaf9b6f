using System.Globalization;
using System.Text;
using Flowwatch.Reports;
using Flowwatch.Store.Articles;

namespace Flowwatch.Application.Articles;

/// <summary>
/// Writes the stored articles beside a store export: each article's file as it was ingested (front matter included) under
/// <c>articles/</c>, so that <c>flowwatch ingest</c> on the export reads them back and their genealogy is rebuilt, and
/// <c>articles.csv</c> and <c>article-claims.csv</c>, the claims as they were checked.
/// </summary>
public static class ArticleExport
{
    /// <summary>The folder the article files go into.</summary>
    public const string Folder = "articles";

    /// <summary>Writes the articles into <paramref name="folder"/>; a file is replaced only once it is whole.</summary>
    /// <returns>How many articles were written.</returns>
    public static int Write(IArticleStore store, string folder)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        IReadOnlyList<StoredArticle> articles = store.Articles();
        string into = Path.Combine(folder, Folder);
        Directory.CreateDirectory(into);
        var index = new CsvWriter("file", "sha256", "outlet", "url", "published", "language", "claims");
        var claims = new CsvWriter("sha256", "ordinal", "text", "claimed", "verdict", "rule", "series", "period", "figure_value", "reading");
        foreach (StoredArticle a in articles)
        {
            // The hash first: two articles of the same name from different folders stay apart.
            string name = a.Document.Sha256[..12] + "-" + Path.GetFileName(a.Document.FileName);
            Write(Path.Combine(into, name), a.Text);
            index.Row(name, a.Document.Sha256, a.Document.Outlet, a.Document.Url ?? "", Day(a.Document.Published), a.Document.Language ?? "", a.Claims.Count.ToString(CultureInfo.InvariantCulture));
            foreach (StoredClaim c in a.Claims)
            {
                claims.Row(a.Document.Sha256, c.Ordinal.ToString(CultureInfo.InvariantCulture), c.Text, c.Claimed.ToString(CultureInfo.InvariantCulture), c.Verdict, c.Rule,
                    c.Series?.ToString() ?? "", c.Period?.ToString() ?? "", c.FigureValue?.ToString(CultureInfo.InvariantCulture) ?? "", c.Reading);
            }
        }

        Write(Path.Combine(folder, "articles.csv"), index.ToString());
        Write(Path.Combine(folder, "article-claims.csv"), claims.ToString());
        return articles.Count;
    }

    private static void Write(string path, string text)
    {
        File.WriteAllText(path + ".part", text, new UTF8Encoding(false));
        File.Move(path + ".part", path, overwrite: true);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
