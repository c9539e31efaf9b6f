using System.Text.Json;
using Microsoft.Playwright;

namespace Flowwatch.Web.Tests.Browser;

public sealed class PageTests : IClassFixture<BrowserFixture>
{
    // Counts the canvas pixels that are not transparent: a chart that drew has thousands.
    private const string InkedPixels = """
        (c) => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                 let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }
        """;

    private readonly BrowserFixture _browser;

    public PageTests(BrowserFixture browser) => _browser = browser;

    [BrowserFact]
    public async Task Every_page_opens_without_script_errors_or_policy_violations()
    {
        var problems = new List<string>();
        IPage page = await _browser.NewPage(problems);
        foreach ((string path, string name) in new[] { ("/", "overview"), ("/series", "series"), ("/sources", "sources"), ("/check", "check"), ("/api", "api"), ("/sanctions?q=Park%20Do-chun", "sanctions") })
        {
            IResponse? response = await page.GotoAsync(path);
            Assert.NotNull(response);
            Assert.Equal(200, response.Status);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.True(await page.Locator("nav").IsVisibleAsync(), $"{path} has no navigation bar");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"page-{name}.png"), FullPage = true });
        }

        Assert.Empty(problems);
        IResponse? missing = await page.GotoAsync("/no-such-page");
        Assert.Equal(404, missing!.Status);
        Assert.True(await page.Locator("nav").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task The_overview_chart_draws_the_2024_study_surge_with_the_events_marked()
    {
        var problems = new List<string>();
        IPage page = await _browser.NewPage(problems);
        await page.GotoAsync("/");
        ILocator canvas = page.Locator("canvas.series-chart").First;
        await page.WaitForSelectorAsync("canvas.series-chart[data-drawn]");
        Assert.True(await canvas.EvaluateAsync<int>(InkedPixels) > 5000, "the chart canvas is (nearly) blank");

        string json = await canvas.EvaluateAsync<string>("""
            (c) => { const ch = c.flowwatchChart; const i = ch.data.labels.indexOf('2024-Q3');
                     const study = ch.data.datasets.find(d => d.label === 'Study');
                     return JSON.stringify({ datasets: ch.data.datasets.length, study: study ? study.data[i] : null,
                                             events: Object.keys(ch.options.plugins.annotation.annotations).length }); }
            """);
        using JsonDocument chart = JsonDocument.Parse(json);
        Assert.True(chart.RootElement.GetProperty("datasets").GetInt32() >= 3);
        Assert.Equal(3765, chart.RootElement.GetProperty("study").GetInt32());
        Assert.True(chart.RootElement.GetProperty("events").GetInt32() >= 2, "the pact and the troop transfers should be marked");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "overview-chart.png"), FullPage = false });
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task Hovering_the_series_chart_shows_the_values()
    {
        var problems = new List<string>();
        IPage page = await _browser.NewPage(problems);
        await page.GotoAsync("/series?partner=KP&reporter=RU&dataset=ru-fsb-entries-by-purpose&by=quarter&view=lines");
        await page.WaitForSelectorAsync("canvas.series-chart[data-drawn]");
        ILocator canvas = page.Locator("canvas.series-chart");
        string at = await canvas.EvaluateAsync<string>("""
            (c) => { const ch = c.flowwatchChart; const i = ch.data.labels.indexOf('2024-Q3');
                     const k = ch.data.datasets.findIndex(d => d.label === 'Study');
                     const p = ch.getDatasetMeta(k).data[i]; return JSON.stringify({ x: p.x, y: p.y }); }
            """);
        using JsonDocument point = JsonDocument.Parse(at);
        LocatorBoundingBoxResult box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + point.RootElement.GetProperty("x").GetSingle(), box.Y + point.RootElement.GetProperty("y").GetSingle());
        await page.WaitForFunctionAsync("() => document.querySelector('canvas.series-chart').flowwatchChart.tooltip.opacity > 0");
        string tooltip = await canvas.EvaluateAsync<string>("(c) => c.flowwatchChart.tooltip.body.map(b => b.lines.join(' ')).join(' | ')");
        Assert.Contains("Study: 3,765", tooltip, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "series-quarterly-hover.png"), FullPage = true });

        await page.GotoAsync("/series?partner=KP&reporter=RU&dataset=ru-fsb-entries-by-purpose&by=year&view=stacked");
        await page.WaitForSelectorAsync("canvas.series-chart[data-drawn]");
        Assert.True(await page.Locator("canvas.series-chart").EvaluateAsync<int>(InkedPixels) > 5000);
        Assert.Contains("disputed", await page.Locator("table.figures").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "series-yearly-stacked.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task A_finding_page_draws_its_series_with_the_period_marked()
    {
        var problems = new List<string>();
        IPage page = await _browser.NewPage(problems);
        await page.GotoAsync("/");
        ILocator link = page.Locator("ul.findings a", new PageLocatorOptions { HasTextString = "Surge: Entries of foreign citizens into Russia by purpose of trip, Study, 2024-Q3" });
        if (!await link.IsVisibleAsync())
        {
            await page.ClickAsync("details.more > summary");
        }

        await link.ClickAsync();
        await page.WaitForSelectorAsync("canvas.series-chart[data-drawn]");
        Assert.True(await page.Locator("canvas.series-chart").EvaluateAsync<bool>("(c) => !!c.flowwatchChart.options.plugins.annotation.annotations.highlight"), "the finding's period is not marked");
        Assert.True(await page.Locator("canvas.series-chart").EvaluateAsync<int>(InkedPixels) > 5000);
        Assert.Contains("UNSCR", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "finding-study-surge.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task A_script_in_an_article_is_shown_and_never_run()
    {
        var problems = new List<string>();
        IPage page = await _browser.NewPage(problems);
        await page.GotoAsync("/check");
        const string hostile = "Nordkoreaner: 13.221 <script>window.pwned = true</script> <img src=x onerror=\"window.pwned = 'img'\"> Ende.";
        await page.FillAsync("textarea[name=text]", hostile);
        await page.SelectOptionAsync("select[name=lang]", "de");
        await page.FillAsync("input[name=published]", "2025-02-10");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#article");
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"), "the article's script ran");
        Assert.Contains("<script>window.pwned = true</script>", await page.Locator("#article").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#article script, #article img").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "check-hostile.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task The_seed_article_shows_its_verdicts_one_click_from_each_claim()
    {
        var problems = new List<string>();
        IPage page = await _browser.NewPage(problems);
        await page.GotoAsync("/check");
        await page.ClickAsync("#load-sample");
        await page.WaitForFunctionAsync("() => document.querySelector('textarea[name=text]').value.includes('13.221')");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#article");
        Assert.Contains("Verzwölffachung", await page.Locator("#article").InnerTextAsync(), StringComparison.Ordinal);

        // Each claim is highlighted in the text with its verdict; one click leads to the verdict and its evidence.
        ILocator twelvefold = page.Locator("#article a.claim", new PageLocatorOptions { HasTextString = "Verzwölffachung" });
        Assert.Contains("verdict-supported", await twelvefold.GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.Contains("verdict-supported", await page.Locator("#article a.claim", new PageLocatorOptions { HasTextString = "13.221" }).GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.Contains("verdict-supported", await page.Locator("#article a.claim", new PageLocatorOptions { HasTextString = "8.000" }).GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.Contains("verdict-not_checkable", await page.Locator("#article a.claim", new PageLocatorOptions { HasTextString = "12.000" }).GetAttributeAsync("class"), StringComparison.Ordinal);
        await twelvefold.ClickAsync();
        string target = (await twelvefold.GetAttributeAsync("href"))!;
        ILocator card = page.Locator(target);
        Assert.True(await card.IsVisibleAsync());
        Assert.Contains("supported", await card.Locator(".verdict").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.True(await card.Locator("table.evidence tbody tr").CountAsync() > 0, "the verdict shows no evidence");
        Assert.Equal(target, new Uri(page.Url).Fragment);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "check-seed.png"), FullPage = true });
        Assert.Empty(problems);
    }
}
