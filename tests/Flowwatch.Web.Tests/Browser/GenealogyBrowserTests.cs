using System.Text.Json;
using Microsoft.Playwright;

namespace Flowwatch.Web.Tests.Browser;

/// <summary>The genealogy page in a real browser: the timeline draws one mark per claim coloured by verdict, the variants table names origins.</summary>
public sealed class GenealogyBrowserTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _browser;

    public GenealogyBrowserTests(BrowserFixture browser) => _browser = browser;

    [BrowserFact]
    public async Task The_2024_entries_timeline_draws_every_claim_and_the_variants_name_their_first_appearance()
    {
        var problems = new List<string>();
        IPage page = await _browser.NewPage(problems);
        IResponse? list = await page.GotoAsync("/articles");
        Assert.Equal(200, list!.Status);
        Assert.True(await page.Locator("table.articles tr.article").CountAsync() >= 30, "/articles lists the stored articles");
        await page.Locator("a[href*='period=2024'][href*='breakdown=total'][href*='ru-fsb-entries-by-purpose']").First.ClickAsync();
        await page.WaitForSelectorAsync("canvas.genealogy-chart[data-drawn]");
        string json = await page.Locator("canvas.genealogy-chart").EvaluateAsync<string>("""
            (c) => JSON.stringify({ points: c.flowwatchChart.data.datasets.reduce((n, d) => n + d.data.length, 0),
                                    labels: c.flowwatchChart.data.datasets.map(d => d.label),
                                    line: Object.keys(c.flowwatchChart.options.plugins.annotation.annotations).length })
            """);
        using JsonDocument chart = JsonDocument.Parse(json);
        int claims = await page.Locator("table.claims tr.claim").CountAsync();
        Assert.True(claims >= 3);
        Assert.Equal(claims, chart.RootElement.GetProperty("points").GetInt32());
        Assert.Contains(chart.RootElement.GetProperty("labels").EnumerateArray(), l => l.GetString() == "partly supported");
        Assert.Equal(1, chart.RootElement.GetProperty("line").GetInt32());

        ILocator workers = page.Locator("tr.variant", new PageLocatorOptions { HasText = "entries called workers" });
        Assert.Equal(1, await workers.CountAsync());
        string first = await workers.Locator("td.first").InnerTextAsync();
        Assert.Contains("2025-02-10", first, StringComparison.Ordinal);
        Assert.Contains("dagens.de", first, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "genealogy.png"), FullPage = true });
        Assert.Empty(problems);
    }
}
