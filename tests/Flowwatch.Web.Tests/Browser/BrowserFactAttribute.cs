namespace Flowwatch.Web.Tests.Browser;

/// <summary>
/// A browser test. It runs whenever Debian's Chromium is installed; without it the test is reported as skipped,
/// saying how to install the browser, in every run (.ci/run installs it, and fails on any skipped test).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            Skip = $"{BrowserFixture.ChromiumPath} is not installed; run .ci/install-chromium.sh (apt-get install -y chromium) to run the browser tests.";
        }
    }
}
