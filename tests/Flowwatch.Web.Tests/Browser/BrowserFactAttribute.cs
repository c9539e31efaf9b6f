namespace Flowwatch.Web.Tests.Browser;

/// <summary>
/// A browser test. It runs whenever Debian's Chromium is installed, and always under CI (CI=true), where
/// a missing browser is a failure, not a skip; elsewhere it skips and says how to install the browser.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"{BrowserFixture.ChromiumPath} is not installed; run .ci/install-chromium.sh (apt-get install -y chromium) to run the browser tests.";
        }
    }
}
