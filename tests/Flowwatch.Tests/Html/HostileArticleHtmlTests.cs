using AngleSharp.Html.Parser;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Html;

/// <summary><c>verify --format html</c> fed markup in the article's title, text and a claim: it comes out only as text.</summary>
public sealed class HostileArticleHtmlTests
{
    [Fact]
    public void Verify_html_shows_hostile_markup_only_as_text()
    {
        string db = BundledStore.At(Path.Combine(Path.GetTempPath(), $"fw-verify-{Guid.NewGuid():N}.db"));
        string article = Path.Combine(Path.GetTempPath(), $"fw-{Guid.NewGuid():N}.txt");
        const string Hostile = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">x</a> &amp;";
        File.WriteAllText(article,
            $"Title {Hostile}\n=====\n\nSource: {Hostile} javascript:alert(1)\n\n{Hostile} A total of 13,221 North Koreans<script>alert(1)</script> entered Russia in 2024. {Hostile}\n");
        (int code, string output, string error) = CliRunner.Run("verify", article, "--format", "html", "--lang", "en", "--published", "2025-02-05", "--db", db);
        Assert.True(code == 0, error);

        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });
        var doc = parser.ParseDocument(output); // strict mode throws on a malformed page
        Assert.Empty(doc.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(doc.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        string articleText = doc.QuerySelector("div.article")!.TextContent;
        Assert.Contains("<script>alert(1)</script>", articleText, StringComparison.Ordinal);
        Assert.Contains("onerror=alert(1)>", articleText, StringComparison.Ordinal);
        Assert.Contains("&amp;", articleText, StringComparison.Ordinal);
        Assert.NotEmpty(doc.QuerySelectorAll("span.claim"));
    }
}
