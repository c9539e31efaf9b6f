using System.Net;
using Flowwatch.Web.Tests.Support;
using Microsoft.Playwright;

namespace Flowwatch.Web.Tests.Browser;

/// <summary>
/// The server on a real loopback port and one headless Chromium, shared by the browser tests. Playwright
/// drives Debian's Chromium (no browser download: the machines reach package registries only).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly FlowwatchFactory _factory = new() { ArticleFolder = Support.ArticleCorpus.Folder };
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The server's store: the bundled figures, as `flowwatch demo` leaves them.</summary>
    public string DatabasePath => _factory.DatabasePath;

    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPage(List<string> problems)
    {
        IPage page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, BaseURL = BaseAddress.ToString() });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
    }

    public void Dispose() => _factory.Dispose();
}
