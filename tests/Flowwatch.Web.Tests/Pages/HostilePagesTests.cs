using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Flowwatch.Application;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;
using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Pages;

/// <summary>
/// Markup fed to the pages through each way in (a file's name, a citation's address, an article, a query string, a
/// path) comes out only as text: no element, attribute or javascript: link appears that the page did not write.
/// </summary>
public sealed class HostilePagesTests : IClassFixture<HostilePagesTests.HostileStore>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "\"><img src=x onerror=alert(1)>";
    private const string FileName = Image + "<svg onload=alert(1)>.csv";
    private const string MarkupUrl = "https://example.org/?q='><img/src=x/onerror=alert(1)>";

    private readonly HttpClient _client;

    public HostilePagesTests(HostileStore store) => _client = store.Factory.CreateClient();

    /// <summary>The bundled figures, and a file whose name is markup and whose row cites a javascript: and a markup address.</summary>
    public sealed class HostileStore : IDisposable
    {
        public HostileStore()
        {
            string csv = "dataset,reporter,partner,breakdown,period,value,flag,sources,note,urls\n"
                + $"ru-fsb-entries-by-purpose,RU,KP,study,2026-Q1,17,,,synthetic figure for a test,javascript:alert(1) {MarkupUrl}\n";
            using ObservationStore store = SqliteObservationStore.Open(Factory.DatabasePath);
            // The bundled figures first, as `flowwatch demo` loads them: the hostile file is then the newest release.
            new Ingestion(store).IngestBundled();
            ReadResult read = new TidyCsvReader(CitationCatalog.Empty).Read(new SourceFile(FileName, Encoding.UTF8.GetBytes(csv)));
            Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
            store.Ingest(read.Accepted());
        }

        public FlowwatchFactory Factory { get; } = new() { RefreshInterval = TimeSpan.Zero, Seeded = false };

        public void Dispose() => Factory.Dispose();
    }

    [Theory]
    [InlineData("/sources", FileName)]
    [InlineData("/", FileName)]
    [InlineData("/series?partner=KP&reporter=RU&dataset=ru-fsb-entries-by-purpose&by=quarter", FileName)]
    public async Task A_file_name_and_citation_addresses_from_the_store_stay_text(string url, string shown)
    {
        IDocument doc = await Page(await _client.GetAsync(url), HttpStatusCode.OK);
        Assert.Contains(shown, doc.Body!.TextContent, StringComparison.Ordinal);
        if (url.StartsWith("/series", StringComparison.Ordinal))
        {
            // The javascript: citation is shown as text; the markup address is linked, encoded in its attribute.
            Assert.Contains(doc.QuerySelectorAll("a.cite"), a => a.GetAttribute("href") == MarkupUrl);
        }
    }

    [Fact]
    public async Task A_query_string_stays_text_on_the_sanctions_and_series_pages()
    {
        string hostile = Uri.EscapeDataString(Script + Image + " javascript:alert(1)");
        IDocument sanctions = await Page(await _client.GetAsync("/sanctions?q=" + hostile), HttpStatusCode.OK);
        Assert.Equal(Script + Image + " javascript:alert(1)", sanctions.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.Contains(Script + Image, sanctions.QuerySelector("section.result h2")!.TextContent, StringComparison.Ordinal);
        await Page(await _client.GetAsync($"/series?partner={hostile}&reporter={hostile}&dataset={hostile}&by={hostile}&view={hostile}"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_path_stays_text_on_the_not_found_page()
    {
        // No '/' in it: the router keeps %2F escaped in a path.
        const string Hostile = Image + "<svg onload=alert(1)>";
        IDocument doc = await Page(await _client.GetAsync("/findings/" + Uri.EscapeDataString(Hostile)), HttpStatusCode.NotFound);
        Assert.Contains(Hostile, doc.QuerySelector("p.lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_stays_text_on_the_check_page()
    {
        // No digits in the markup: the claim reader would mark them as numbers.
        const string ArticleScript = "<script>alert(document.cookie)</script>", ArticleImage = "\"><img src=x onerror=alert(document.cookie)>";
        string article = $"Title {ArticleScript}\n\n{ArticleImage} Im Jahr 2024 reisten 13.221 Nordkoreaner{ArticleScript} nach Russland ein. javascript:alert(document.cookie) {ArticleImage}";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(article), "text" },
            { new StringContent("de"), "lang" },
            { new StringContent("2025-02-05"), "published" },
        };
        IDocument doc = await Page(await _client.PostAsync(new Uri("/check", UriKind.Relative), form), HttpStatusCode.OK);
        string shown = doc.QuerySelector("#article")!.TextContent;
        Assert.Contains($"Title {ArticleScript}\n\n{ArticleImage} Im Jahr", shown, StringComparison.Ordinal);
        Assert.Contains($"Nordkoreaner{ArticleScript} nach Russland ein. javascript:alert(document.cookie) {ArticleImage}", shown, StringComparison.Ordinal);
        Assert.Equal(article, doc.QuerySelector("textarea[name=text]")!.TextContent);
        Assert.NotEmpty(doc.QuerySelectorAll("#article a.claim"));
    }

    /// <summary>The page, parsed as a browser would; fails on any element or attribute the markup could have made.</summary>
    private static async Task<IDocument> Page(HttpResponseMessage response, HttpStatusCode status)
    {
        string html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {html[..Math.Min(500, html.Length)]}");
        IDocument doc = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html); // strict mode throws on a malformed page
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.StartsWith("/assets/", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Empty(doc.QuerySelectorAll("img, svg"));
        Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(
            doc.All.SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src" or "action"),
            a => a.Value.Trim().StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        return doc;
    }
}
