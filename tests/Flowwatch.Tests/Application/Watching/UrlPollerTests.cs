using System.Text;
using Flowwatch.Application;
using Flowwatch.Application.Watching;
using Flowwatch.Store;
using Flowwatch.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Flowwatch.Tests.Application.Watching;

/// <summary>Polling a publisher on 127.0.0.1 whose file changes: a new release, an unchanged one (304), a server error.</summary>
public sealed class UrlPollerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_new_release_is_ingested_an_unchanged_one_is_not_and_a_server_error_backs_off_and_recovers()
    {
        string inbox = Path.Combine(_dir.Path, "inbox");
        Directory.CreateDirectory(inbox);
        File.WriteAllBytes(Path.Combine(inbox, "sources.csv"), BundledData.Citations.Bytes);
        using var server = new ReleaseServer("observations.csv") { Body = BundledData.Observations.Bytes };
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var poller = new UrlPoller(server.Url, inbox, new UrlPollPolicy { FirstDelay = TimeSpan.FromMinutes(1), Timeout = TimeSpan.FromSeconds(10) }, clock);
        using ObservationStore store = SqliteObservationStore.Open(_dir.File("fw.db"));
        var watcher = new ReleaseWatcher(store, store, new WatchOptions
        {
            Folders = [inbox],
            Context = ReferenceData.Load(),
            Site = new Uri("http://127.0.0.1:5080/"),
            Settle = TimeSpan.Zero,
        });
        watcher.Pass();

        // A new release: fetched into the inbox, ingested, alerts raised.
        PollOutcome first = await poller.PollAsync();
        Assert.Equal(PollStatus.Fetched, first.Status);
        Assert.Equal(Path.Combine(inbox, "observations.csv"), first.Path);
        PassResult pass = watcher.Pass();
        Assert.Contains(pass.Ingested, o => o.Stored is { Status: IngestStatus.Stored } && o.Path == first.Path);
        Assert.True(pass.NewAlerts > 0);

        // Unchanged: a conditional GET answered 304, nothing written, nothing ingested.
        DateTime written = File.GetLastWriteTimeUtc(first.Path!);
        Assert.Equal(PollStatus.NotModified, (await poller.PollAsync()).Status);
        Assert.Equal(304, server.Requests[^1].Status);
        Assert.NotNull(server.Requests[^1].IfNoneMatch);
        Assert.Equal(written, File.GetLastWriteTimeUtc(first.Path!));
        Assert.False(watcher.Pass().Scanned);

        // A server error: reported (failure 1), then no request until the backoff has passed, then retried.
        server.FailWith = 503;
        PollOutcome failed = await poller.PollAsync();
        Assert.Equal((PollStatus.Failed, 1), (failed.Status, failed.Failures));
        Assert.Contains("503", failed.Problem, StringComparison.Ordinal);
        int requests = server.Requests.Count;
        Assert.Equal(PollStatus.BackingOff, (await poller.PollAsync()).Status);
        Assert.Equal(requests, server.Requests.Count);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal((PollStatus.Failed, 2), ((await poller.PollAsync()) is var again ? (again.Status, again.Failures) : default));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(PollStatus.BackingOff, (await poller.PollAsync()).Status);

        // The publisher is back with a revised file: fetched and ingested as a new release.
        server.FailWith = null;
        server.Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(BundledData.Observations.Bytes).Replace("2024-H1,2508,", "2024-H1,3100,", StringComparison.Ordinal));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(PollStatus.Fetched, (await poller.PollAsync()).Status);
        File.SetLastWriteTimeUtc(first.Path!, DateTime.UtcNow.AddSeconds(5));
        Assert.True(watcher.Pass().NewAlerts > 0);
    }
}
