using System.Text;
using System.Text.Json;
using Flowwatch.Application;
using Flowwatch.Application.Watching;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Application.Watching;

/// <summary>The watcher end to end in process: a release lands in the inbox, alerts go to standard output and a local webhook.</summary>
public sealed class ReleaseWatcherTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Inbox => Path.Combine(_dir.Path, "inbox");

    private ObservationStore OpenStore() => SqliteObservationStore.Open(_dir.File("fw.db"));

    private ReleaseWatcher Watcher(ObservationStore store, params AlertChannel[] channels) => new(store, store, new WatchOptions
    {
        Folders = [Inbox],
        Context = ReferenceData.Load(),
        Site = new Uri("http://127.0.0.1:5080/"),
        Settle = TimeSpan.Zero,
        Channels = channels.Length == 0 ? [AlertChannel.Stdout] : channels,
    });

    private void LandBundledRelease(Func<string, string>? edit = null)
    {
        Directory.CreateDirectory(Inbox);
        File.WriteAllBytes(Path.Combine(Inbox, "sources.csv"), BundledData.Citations.Bytes);
        string figures = Encoding.UTF8.GetString(BundledData.Observations.Bytes);
        File.WriteAllText(Path.Combine(Inbox, "observations.csv"), edit is null ? figures : edit(figures));
    }

    private static List<JsonElement> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void A_release_landing_in_the_inbox_raises_one_new_alert_per_finding_and_a_second_pass_nothing()
    {
        Directory.CreateDirectory(Inbox);
        using ObservationStore store = OpenStore();
        ReleaseWatcher watcher = Watcher(store);
        Assert.Equal(0, watcher.Pass().NewAlerts);

        LandBundledRelease();
        PassResult pass = watcher.Pass();
        var output = new StringWriter();
        int written = new AlertDispatcher(store).WriteLines(output);

        List<JsonElement> alerts = Lines(output.ToString());
        Assert.True(pass.NewAlerts > 0);
        Assert.Equal(pass.NewAlerts, written);
        Assert.Equal(store.LastScan()!.Findings.Count, alerts.Count);
        Assert.All(alerts, a => Assert.Equal("new", a.GetProperty("change").GetString()));
        Assert.Equal(alerts.Count, alerts.Select(a => a.GetProperty("key").GetString()).Distinct().Count());
        Assert.All(alerts, a => Assert.EndsWith("/findings/" + a.GetProperty("finding").GetProperty("id").GetString(), a.GetProperty("link").GetString(), StringComparison.Ordinal));
        Assert.Contains(alerts, a => a.GetProperty("release").GetProperty("file").GetString() == "observations.csv" && a.GetProperty("release").GetProperty("basis").GetString() == "witness");

        PassResult again = watcher.Pass();
        Assert.False(again.Scanned);
        Assert.Equal(0, new AlertDispatcher(store).WriteLines(new StringWriter()));
    }

    [Fact]
    public void A_revised_release_raises_alerts_for_the_findings_whose_numbers_changed_and_names_it()
    {
        Directory.CreateDirectory(Inbox);
        using ObservationStore store = OpenStore();
        ReleaseWatcher watcher = Watcher(store);
        watcher.Pass();
        LandBundledRelease();
        watcher.Pass();
        new AlertDispatcher(store).WriteLines(new StringWriter());

        // The 2024-H1 total (2,508) restated higher in a later file: it no longer matches its quarters, a new finding that
        // names the file that caused it.
        LandBundledRelease(text => text.Replace("2024-H1,2508,", "2024-H1,3100,", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(Path.Combine(Inbox, "observations.csv"), DateTime.UtcNow.AddSeconds(5));
        PassResult pass = watcher.Pass();
        var output = new StringWriter();
        new AlertDispatcher(store).WriteLines(output);
        List<JsonElement> alerts = Lines(output.ToString());

        Assert.True(pass.Scanned);
        Assert.NotEmpty(alerts);
        JsonElement h1 = Assert.Single(alerts, a => a.GetProperty("finding").GetProperty("period").GetString() == "2024-H1"
            && a.GetProperty("finding").GetProperty("breakdown").GetString() == "total" && a.GetProperty("finding").GetProperty("detector").GetString() == "inconsistency");
        Assert.Equal("new", h1.GetProperty("change").GetString());
        Assert.Equal(3100m, h1.GetProperty("finding").GetProperty("baseline").GetDecimal());
        Assert.Equal(2508m, h1.GetProperty("finding").GetProperty("observed").GetDecimal());
        Assert.Equal("witness", h1.GetProperty("release").GetProperty("basis").GetString());
    }
}
