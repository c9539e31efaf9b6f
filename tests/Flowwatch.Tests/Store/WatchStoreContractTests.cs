using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Store;

/// <summary>The watcher's state and alert outbox, on every store engine: one transaction per scan, delivery per channel, kept across a reopen.</summary>
public sealed class WatchStoreContractTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();

    public static TheoryData<string> Engines => StoreEngines.All;

    public void Dispose() => _dir.Dispose();

    private static AlertRecord Alert(string key) => new(key, "new", "f-" + key, "title " + key, "{\"key\":\"" + key + "\"}", At);

    private static WatchSnapshot Scan(params string[] findings) =>
        new(["b", "a"], findings.Select(f => new WatchedFinding(f, 2, "fp-" + f, "{}")).ToList(), At);

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_store_has_no_scan_until_one_is_recorded(string engine)
    {
        using IObservationStore openedStore = StoreEngines.Open(engine, _dir);
        var store = (IWatchStore)openedStore;
        Assert.Null(store.LastScan());
        store.RecordScan(Scan("x", "y"), [], [AlertChannel.Stdout]);
        WatchSnapshot last = store.LastScan()!;
        Assert.Equal(["a", "b"], last.Sources);
        Assert.Equal(["x", "y"], last.Findings.Select(f => f.Id));
        Assert.Equal("fp-x", last.Findings[0].Fingerprint);
        Assert.Equal(At, last.ScannedAt);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Recording_a_scan_replaces_the_previous_findings(string engine)
    {
        using IObservationStore openedStore = StoreEngines.Open(engine, _dir);
        var store = (IWatchStore)openedStore;
        store.RecordScan(Scan("x", "y"), [], [AlertChannel.Stdout]);
        store.RecordScan(Scan("z"), [], [AlertChannel.Stdout]);
        Assert.Equal(["z"], store.LastScan()!.Findings.Select(f => f.Id));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void An_alert_is_pending_on_each_channel_until_that_channel_delivers_it(string engine)
    {
        using IObservationStore openedStore = StoreEngines.Open(engine, _dir);
        var store = (IWatchStore)openedStore;
        Assert.Equal(2, store.RecordScan(Scan("x"), [Alert("k1"), Alert("k2")], [AlertChannel.Stdout, AlertChannel.Webhook]));
        store.MarkDelivered("k1", AlertChannel.Stdout, At);
        store.RecordFailure("k1", AlertChannel.Webhook, "HTTP 500");

        Assert.Equal(["k2"], store.Pending(AlertChannel.Stdout, 10).Select(a => a.Key));
        Assert.Equal(["k1", "k2"], store.Pending(AlertChannel.Webhook, 10).Select(a => a.Key));
        Assert.Equal("{\"key\":\"k1\"}", store.Pending(AlertChannel.Webhook, 1).Single().Body);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void An_alert_with_a_key_already_stored_is_not_added_again(string engine)
    {
        using IObservationStore openedStore = StoreEngines.Open(engine, _dir);
        var store = (IWatchStore)openedStore;
        store.RecordScan(Scan("x"), [Alert("k1")], [AlertChannel.Stdout]);
        store.MarkDelivered("k1", AlertChannel.Stdout, At);
        Assert.Equal(1, store.RecordScan(Scan("x"), [Alert("k1"), Alert("k2")], [AlertChannel.Stdout]));
        Assert.Equal(["k2"], store.Pending(AlertChannel.Stdout, 10).Select(a => a.Key));
        Assert.Equal(["k2", "k1"], store.RecentAlerts(10).Select(a => a.Key));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void The_last_scan_alerts_are_those_recorded_with_the_last_scan_only(string engine)
    {
        using IObservationStore openedStore = StoreEngines.Open(engine, _dir);
        var store = (IWatchStore)openedStore;
        Assert.Empty(store.LastScanAlerts());
        store.RecordScan(Scan("x"), [Alert("k1")], [AlertChannel.Stdout]);
        Assert.Equal(["k1"], store.LastScanAlerts().Select(a => a.Key));

        DateTimeOffset later = At.AddMinutes(5);
        store.RecordScan(Scan("x") with { ScannedAt = later }, [Alert("k2") with { CreatedAt = later }, Alert("k3") with { CreatedAt = later }], [AlertChannel.Stdout]);
        Assert.Equal(["k2", "k3"], store.LastScanAlerts().Select(a => a.Key));

        store.RecordScan(Scan("x") with { ScannedAt = later.AddMinutes(5) }, [], [AlertChannel.Stdout]);
        Assert.Empty(store.LastScanAlerts());
    }

    [Fact]
    public void Pending_alerts_survive_closing_and_reopening_the_store()
    {
        using (IObservationStore first = StoreEngines.Open("sqlite", _dir))
        {
            ((IWatchStore)first).RecordScan(Scan("x"), [Alert("k1")], [AlertChannel.Webhook]);
        }

        using IObservationStore openedAgain = StoreEngines.Open("sqlite", _dir);
        var again = (IWatchStore)openedAgain;
        Assert.Equal(["k1"], again.Pending(AlertChannel.Webhook, 10).Select(a => a.Key));
        Assert.Empty(again.Pending(AlertChannel.Stdout, 10));
    }
}
