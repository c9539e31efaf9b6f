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
        string id = await FindingId("surge", "total", "2024", "ru-fsb-entries-by-purpose");
        ILocator link = page.Locator($"ul.findings a[href='/findings/{id}']");
        if (!await link.IsVisibleAsync())
        {
            await page.ClickAsync("details.more > summary");
        }

        await link.ClickAsync();
        await page.WaitForSelectorAsync("canvas.series-chart[data-drawn]");
        Assert.Equal("2024", await page.Locator("canvas.series-chart").EvaluateAsync<string>(
            "(c) => { const s = c.flowwatchChart.options.plugins.annotation.annotations.span; return s ? c.flowwatchChart.data.labels[s.xMin + 0.5] : null; }"));
        Assert.True(await page.Locator("canvas.series-chart").EvaluateAsync<int>(InkedPixels) > 5000);
        Assert.Contains("UNSCR", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "finding-entries-surge.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task A_stopped_series_is_drawn_with_a_grey_span_up_to_the_publishers_latest_quarter()
    {
        var problems = new List<string>();
        IPage page = await _browser.NewPage(problems);
        await page.GotoAsync("/findings/" + await FindingId("suppression", "total", "2025-Q2"));
        await page.WaitForSelectorAsync("canvas.series-chart[data-drawn]");
        using JsonDocument span = JsonDocument.Parse(await page.Locator("canvas.series-chart").EvaluateAsync<string>("""
            (c) => { const ch = c.flowwatchChart; const a = ch.options.plugins.annotation.annotations, s = a.span;
                     return JSON.stringify({ first: ch.data.labels[s.xMin + 0.5], last: ch.data.labels[s.xMax - 0.5], label: a.spanLabel.content,
                                             colour: s.backgroundColor, axisEnd: ch.data.labels[ch.data.labels.length - 1] }); }
            """));
        Assert.Equal("2025-Q2", span.RootElement.GetProperty("first").GetString());
        Assert.Equal("2025-Q4", span.RootElement.GetProperty("last").GetString());
        Assert.Equal("2025-Q4", span.RootElement.GetProperty("axisEnd").GetString());
        Assert.Equal("missing from 2025-Q2", span.RootElement.GetProperty("label").GetString());
        Assert.StartsWith("rgba(134, 142, 150", span.RootElement.GetProperty("colour").GetString(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "finding-suppression.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task A_deadline_breach_is_drawn_with_the_deadline_of_UNSCR_2397_as_a_line()
    {
        var problems = new List<string>();
        IPage page = await _browser.NewPage(problems);
        await page.GotoAsync("/findings/" + await FindingId("deadline-breach", "work", "2020-Q1"));
        await page.WaitForSelectorAsync("canvas.series-chart[data-drawn]");
        using JsonDocument line = JsonDocument.Parse(await page.Locator("canvas.series-chart").EvaluateAsync<string>("""
            (c) => { const ch = c.flowwatchChart; const a = ch.options.plugins.annotation.annotations['deadline UNSCR-2397-OP8'];
                     const q = ch.data.labels.indexOf('2019-Q4');
                     return JSON.stringify({ type: a.type, x: a.xMin, q: q, label: a.label.content,
                                             lines: Object.keys(ch.options.plugins.annotation.annotations).filter(k => k.startsWith('deadline')).length }); }
            """));
        Assert.Equal("line", line.RootElement.GetProperty("type").GetString());
        Assert.Equal("deadline UNSCR-2397-OP8 (2019-12-22)", line.RootElement.GetProperty("label").GetString());
        // 22 December lies late in 2019-Q4: past the middle of its slot on the axis.
        double x = line.RootElement.GetProperty("x").GetDouble();
        int q4 = line.RootElement.GetProperty("q").GetInt32();
        Assert.True(q4 >= 0 && x > q4 && x < q4 + 0.5, $"the deadline is at {x}, 2019-Q4 at {q4}");
        Assert.Equal(1, line.RootElement.GetProperty("lines").GetInt32());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "finding-deadline-breach.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [BrowserFact]
    public async Task A_total_its_parts_exceed_is_drawn_beside_the_parts_stacked()
    {
        var problems = new List<string>();
        IPage page = await _browser.NewPage(problems);
        await page.GotoAsync("/findings/" + await FindingId("inconsistency", "total", "2024"));
        await page.WaitForSelectorAsync("canvas.series-chart[data-drawn]");
        using JsonDocument bars = JsonDocument.Parse(await page.Locator("canvas.series-chart").EvaluateAsync<string>("""
            (c) => { const ch = c.flowwatchChart;
                     return JSON.stringify({ labels: ch.data.labels, published: ch.data.datasets[0].data[0],
                                             parts: ch.data.datasets.slice(1).map(d => d.label),
                                             sum: ch.data.datasets.slice(1).reduce((n, d) => n + d.data[1], 0),
                                             line: ch.options.plugins.annotation.annotations.published.yMin }); }
            """));
        Assert.Equal(["published 2024", "sum of its parts"], bars.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(13221, bars.RootElement.GetProperty("published").GetInt32());
        Assert.Equal(13221, bars.RootElement.GetProperty("line").GetInt32());
        Assert.Equal(13271, bars.RootElement.GetProperty("sum").GetInt32());
        Assert.Equal(["Total 2024-Q1", "Total 2024-Q2", "Total 2024-Q3", "Total 2024-Q4"], bars.RootElement.GetProperty("parts").EnumerateArray().Select(l => l.GetString()));
        Assert.True(await page.Locator("canvas.series-chart").EvaluateAsync<int>(InkedPixels) > 5000);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "finding-inconsistency.png"), FullPage = true });
        Assert.Empty(problems);
    }

    private async Task<string> FindingId(string detector, string breakdown, string period, string? dataset = null)
    {
        using var client = new HttpClient { BaseAddress = _browser.BaseAddress };
        using JsonDocument json = JsonDocument.Parse(await client.GetStringAsync("/api/findings?partner=KP"));
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("detector").GetString() == detector && f.GetProperty("breakdown").GetString() == breakdown && f.GetProperty("period").GetString() == period
                && (dataset is null || f.GetProperty("dataset").GetString() == dataset))
            .GetProperty("id").GetString()!;
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
