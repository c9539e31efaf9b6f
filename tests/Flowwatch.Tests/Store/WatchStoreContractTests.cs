using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Store;

/// <summary>The watcher's state and alert outbox, on every store engine: one transaction per scan, delivery per channel, kept across a reopen.</summary>
public sealed class WatchStoreContractTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri Hook = new("http://127.0.0.1:9/hook");
    private static readonly Uri Other = new("https://hooks.example.org/flowwatch");
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
        AlertChannel hook = store.Endpoint(Hook, WebhookFormat.Flowwatch).Channel;
        Assert.Equal(2, store.RecordScan(Scan("x"), [Alert("k1"), Alert("k2")], [AlertChannel.Stdout, hook]));
        store.MarkDelivered("k1", AlertChannel.Stdout, At);
        store.RecordFailure("k1", hook, "HTTP 500", At, At.AddMinutes(1));

        Assert.Equal(["k2"], store.Pending(AlertChannel.Stdout, 10).Select(a => a.Key));
        Assert.Equal(["k1", "k2"], store.Pending(hook, 10).Select(a => a.Key));
        Assert.Equal("{\"key\":\"k1\"}", store.Pending(hook, 1).Single().Body);
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
            var watch = (IWatchStore)first;
            watch.RecordScan(Scan("x"), [Alert("k1")], [watch.Endpoint(Hook, WebhookFormat.Flowwatch).Channel]);
        }

        using IObservationStore openedAgain = StoreEngines.Open("sqlite", _dir);
        var again = (IWatchStore)openedAgain;
        Assert.Equal(["k1"], again.Pending(again.Endpoint(Hook, WebhookFormat.Flowwatch).Channel, 10).Select(a => a.Key));
        Assert.Empty(again.Pending(AlertChannel.Stdout, 10));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Each_endpoint_is_a_channel_of_its_own_named_once_and_its_format_kept(string engine)
    {
        using IObservationStore openedStore = StoreEngines.Open(engine, _dir);
        var store = (IWatchStore)openedStore;
        Assert.Empty(store.Endpoints());
        WebhookEndpoint a = store.Endpoint(Hook, WebhookFormat.Flowwatch);
        WebhookEndpoint b = store.Endpoint(Other, WebhookFormat.CloudEvents);
        Assert.NotEqual(a.Channel, b.Channel);
        Assert.DoesNotContain(AlertChannel.Stdout, new[] { a.Channel, b.Channel });
        Assert.Equal(a.Channel, store.Endpoint(Hook, WebhookFormat.CloudEvents).Channel);
        Assert.Equal([(Hook, WebhookFormat.CloudEvents), (Other, WebhookFormat.CloudEvents)], store.Endpoints().Select(e => (e.Url, e.Format)));
        Assert.Null(store.Endpoints()[0].DisabledAt);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_failed_alert_is_due_again_at_its_retry_time_and_one_endpoints_state_never_touches_anothers(string engine)
    {
        using IObservationStore openedStore = StoreEngines.Open(engine, _dir);
        var store = (IWatchStore)openedStore;
        AlertChannel a = store.Endpoint(Hook, WebhookFormat.Flowwatch).Channel, b = store.Endpoint(Other, WebhookFormat.Flowwatch).Channel;
        store.RecordScan(Scan("x"), [Alert("k1"), Alert("k2")], [a, b]);

        store.RecordFailure("k1", a, "HTTP 400 Bad Request", At, At.AddMinutes(10));
        Assert.Equal(["k2"], store.Due(a, At.AddMinutes(5), 10).Select(d => d.Alert.Key));
        Assert.Equal(["k1", "k2"], store.Due(b, At.AddMinutes(5), 10).Select(d => d.Alert.Key));
        Assert.Equal(At.AddMinutes(10), store.NextRetry(a));
        Assert.Null(store.NextRetry(b));

        store.RecordFailure("k1", a, "HTTP 500", At.AddMinutes(10), At.AddMinutes(30));
        PendingDelivery k1 = store.Due(a, At.AddMinutes(30), 10).Single(d => d.Alert.Key == "k1");
        Assert.Equal((2, At), (k1.Attempts, k1.FirstFailedAt));
        Assert.Equal(0, store.Due(b, At, 10)[0].Attempts);
        Assert.Null(store.Due(b, At, 10)[0].FirstFailedAt);

        store.MarkDelivered("k1", a, At.AddMinutes(31));
        Assert.Null(store.NextRetry(a));
        Assert.Equal((1, 1, 0), Counts(store, a));
        Assert.Equal((0, 2, 0), Counts(store, b));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_dead_letter_is_listed_no_longer_pending_and_revived_with_a_fresh_schedule(string engine)
    {
        using IObservationStore openedStore = StoreEngines.Open(engine, _dir);
        var store = (IWatchStore)openedStore;
        AlertChannel a = store.Endpoint(Hook, WebhookFormat.Flowwatch).Channel, b = store.Endpoint(Other, WebhookFormat.Flowwatch).Channel;
        store.RecordScan(Scan("x"), [Alert("k1"), Alert("k2"), Alert("k3")], [a, b]);
        store.RecordFailure("k1", a, "HTTP 400", At, At.AddHours(1));
        store.MarkDead("k1", a, "HTTP 400", At.AddDays(1), attempted: true);
        store.MarkDead("k2", a, "HTTP 500", At.AddDays(1), attempted: true);

        DeadLetter dead = store.DeadLetters(a, 10)[0];
        Assert.Equal(("k1", 2, "HTTP 400", At.AddDays(1)), (dead.Alert.Key, dead.Attempts, dead.LastError, dead.DeadAt));
        Assert.Equal(["k1", "k2"], store.DeadLetters(null, 10).Select(d => d.Alert.Key));
        Assert.Empty(store.DeadLetters(b, 10));
        Assert.Equal(["k3"], store.Pending(a, 10).Select(x => x.Key));
        Assert.Equal((0, 1, 2), Counts(store, a));

        Assert.Equal(1, store.Revive(a, ["k2"]));
        Assert.Equal(["k2", "k3"], store.Due(a, At, 10).Select(d => d.Alert.Key));
        Assert.Equal(0, store.Due(a, At, 10)[0].Attempts);
        Assert.Equal(1, store.Revive(a, null));
        Assert.Empty(store.DeadLetters(null, 10));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Disabling_an_endpoint_turns_its_pending_alerts_into_dead_letters_and_reviving_enables_it(string engine)
    {
        using IObservationStore openedStore = StoreEngines.Open(engine, _dir);
        var store = (IWatchStore)openedStore;
        AlertChannel a = store.Endpoint(Hook, WebhookFormat.Flowwatch).Channel, b = store.Endpoint(Other, WebhookFormat.Flowwatch).Channel;
        store.RecordScan(Scan("x"), [Alert("k1"), Alert("k2")], [a, b]);
        store.MarkDelivered("k1", a, At);
        store.PauseEndpoint(a, At.AddMinutes(2));
        Assert.Equal(At.AddMinutes(2), store.Endpoints()[0].PausedUntil);

        Assert.Equal(1, store.DisableEndpoint(a, "HTTP 410 Gone", At.AddMinutes(3)));
        WebhookEndpoint off = store.Endpoints()[0];
        Assert.Equal((At.AddMinutes(3), "HTTP 410 Gone", 1, 0, 1), (off.DisabledAt, off.DisabledReason, off.Delivered, off.Pending, off.Dead));
        Assert.Equal("HTTP 410 Gone", store.DeadLetters(a, 10).Single().LastError);
        Assert.Equal((0, 2, 0), Counts(store, b));

        Assert.Equal(1, store.Revive(a, null));
        WebhookEndpoint on = store.Endpoints()[0];
        Assert.Equal((null, null, 1), (on.DisabledAt, on.PausedUntil, on.Pending));
    }

    private static (int Delivered, int Pending, int Dead) Counts(IWatchStore store, AlertChannel channel)
    {
        WebhookEndpoint e = store.Endpoints().Single(e => e.Channel == channel);
        return (e.Delivered, e.Pending, e.Dead);
    }
}
