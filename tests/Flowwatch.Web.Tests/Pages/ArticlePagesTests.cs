using Flowwatch.Web.Tests.Support;

namespace Flowwatch.Web.Tests.Pages;

/// <summary>/articles and the genealogy page of a figure, on a store holding the article corpus.</summary>
public sealed class ArticlePagesTests : IClassFixture<ArticlePagesTests.CorpusFactory>
{
    private readonly HttpClient _client;

    public ArticlePagesTests(CorpusFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Articles_lists_the_stored_articles_and_links_the_figures()
    {
        string html = await _client.GetStringAsync("/articles");
        Assert.Contains("dagens.de", html, StringComparison.Ordinal);
        Assert.Contains("NK News", html, StringComparison.Ordinal);
        Assert.Contains("/articles/figure?dataset=ru-fsb-entries-by-purpose&amp;reporter=RU&amp;partner=KP&amp;breakdown=total&amp;period=2024", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_genealogy_page_of_the_2024_entries_names_the_seeds_workers_variant_and_its_first_appearance()
    {
        string html = await _client.GetStringAsync("/articles/figure?dataset=ru-fsb-entries-by-purpose&reporter=RU&partner=KP&breakdown=total&period=2024");
        Assert.Contains("entries called workers", html, StringComparison.Ordinal);
        Assert.Contains("2025-02-10", html, StringComparison.Ordinal);
        Assert.Contains("genealogy-chart", html, StringComparison.Ordinal);
        using HttpResponseMessage missing = await _client.GetAsync("/articles/figure?dataset=ru-fsb-entries-by-purpose&reporter=RU&partner=KP&breakdown=total&period=1999");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    /// <summary>The server over a store with the bundled figures and the article corpus (samples/articles).</summary>
    public sealed class CorpusFactory : IDisposable
    {
        private readonly FlowwatchFactory _factory = new() { ArticleFolder = ArticleCorpus.Folder };

        public HttpClient CreateClient() => _factory.CreateClient();

        public void Dispose() => _factory.Dispose();
    }
}
