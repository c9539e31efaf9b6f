using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Application.Queries;
using Flowwatch.Charts;
using Flowwatch.Store;
using Microsoft.Playwright;

namespace Flowwatch.Web.Tests.Browser;

/// <summary>
/// `flowwatch report`'s report.html on the bundled figures, opened in Chromium at a desktop and a phone width: its
/// contents list is laid out without one entry over another or over the page's edge, and names each series with
/// its countries in words.
/// </summary>
public sealed class ReportBrowserTests : IClassFixture<BrowserFixture>, IDisposable
{
    // Every contents entry's box, and whether any entry's text runs wider than the list.
    private const string Entries = """
        () => { const ol = document.querySelector('nav ol'); const r = ol.getBoundingClientRect();
                return { Right: r.right, Scroll: document.documentElement.scrollWidth, Width: document.documentElement.clientWidth,
                         Boxes: [...ol.querySelectorAll('li')].map(li => { const b = li.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; }) }; }
        """;

    private readonly BrowserFixture _browser;
    private readonly string _folder = Directory.CreateTempSubdirectory("flowwatch-report-").FullName;

    public ReportBrowserTests(BrowserFixture browser) => _browser = browser;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [BrowserFact]
    public async Task The_contents_list_lays_out_without_overlap_and_names_the_countries()
    {
        FindingsReport report;
        using (IObservationStore store = SqliteObservationStore.Open(_browser.DatabasePath))
        {
            report = new FindingsQuery(ReferenceData.Load()).Report(store, FindingsRequest.All);
        }

        Assert.True(report.Findings.Count > 5, "the bundled figures should give several findings");
        string path = ReportWriter.Write(_folder, report.Findings, report.Figures, report.Title);

        foreach (int width in new[] { 1280, 390 })
        {
            IPage page = await _browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            Layout layout = await page.EvaluateAsync<Layout>(Entries);
            Assert.Equal(report.Findings.Count, layout.Boxes.Length);
            Assert.True(layout.Scroll <= layout.Width, $"at {width} px the page is {layout.Scroll} px wide: an entry runs over its edge");
            for (int i = 0; i < layout.Boxes.Length; i++)
            {
                double[] a = layout.Boxes[i];
                Assert.True(a[2] <= layout.Right + 0.5, $"at {width} px entry {i + 1} runs past the list");
                for (int j = i + 1; j < layout.Boxes.Length; j++)
                {
                    double[] b = layout.Boxes[j];
                    bool overlap = a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;
                    Assert.False(overlap, $"at {width} px contents entries {i + 1} and {j + 1} overlap");
                }
            }

            IReadOnlyList<string> texts = await page.Locator("nav li").AllInnerTextsAsync();
            for (int i = 0; i < texts.Count; i++)
            {
                Finding f = report.Findings[i];
                Assert.Contains(f.Key.Partner.EnglishName, texts[i], StringComparison.Ordinal);
                Assert.Contains(f.Key.Reporter.EnglishName, texts[i], StringComparison.Ordinal);
            }
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"report-{width}.png"), FullPage = false });
            await page.CloseAsync();
        }
    }

    private sealed class Layout
    {
        public double Right { get; set; }

        public double Scroll { get; set; }

        public double Width { get; set; }

        public double[][] Boxes { get; set; } = [];
    }
}
