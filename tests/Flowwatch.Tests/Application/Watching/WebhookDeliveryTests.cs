using System.Net.Mime;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Flowwatch.Application;
using Flowwatch.Application.Watching;
using Flowwatch.Store;
using Flowwatch.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;
using StandardWebhooks;

namespace Flowwatch.Tests.Application.Watching;

/// <summary>
/// Webhook delivery end to end in process: the bundled release raises its alerts, local receivers answer as the delivery
/// rules' table lists, and what arrives is checked with independent readers (Standard Webhooks' reference library,
/// the CloudEvents SDK).
/// </summary>
public sealed class WebhookDeliveryTests : IDisposable
{
    private static readonly Uri Site = new("http://127.0.0.1:5080/");

    /// <summary>Quick in-pass retries (tens of milliseconds) so that the real-clock tests stay short.</summary>
    private static readonly DeliveryRules Quick = DeliveryRules.Default with { FirstDelay = TimeSpan.FromMilliseconds(40), LongestWaitInPass = TimeSpan.FromSeconds(1) };

    /// <summary>No retry within a pass: for the fake-clock tests, where a wait would wait for the test to move the clock.</summary>
    private static readonly DeliveryRules Scheduled = DeliveryRules.Default with { RetriesInPass = 0 };

    private readonly TempDirectory _dir = new();
    private readonly string _secretText = WebhookSecret.Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public void Dispose() => _dir.Dispose();

    private string Inbox => Path.Combine(_dir.Path, "inbox");

    private WebhookSecret Secret => WebhookSecret.TryParse(_secretText, out WebhookSecret? s, out _) ? s! : throw new InvalidOperationException();

    /// <summary>A store holding the bundled release's alerts, pending on standard output and on each of <paramref name="urls"/>.</summary>
    private (ObservationStore Store, List<WebhookEndpoint> Endpoints, List<AlertRecord> Alerts) Raised(TimeProvider clock, WebhookFormat format, params Uri[] urls)
    {
        ObservationStore store = SqliteObservationStore.Open(_dir.File("fw.db"));
        List<WebhookEndpoint> endpoints = urls.Select(u => store.Endpoint(u, format)).ToList();
        var watcher = new ReleaseWatcher(store, store, new WatchOptions
        {
            Folders = [Inbox],
            Context = ReferenceData.Load(),
            Site = Site,
            Settle = TimeSpan.Zero,
            Channels = [AlertChannel.Stdout, .. endpoints.Select(e => e.Channel)],
        }, clock);
        Directory.CreateDirectory(Inbox);
        watcher.Pass();
        File.WriteAllBytes(Path.Combine(Inbox, "sources.csv"), BundledData.Citations.Bytes);
        File.WriteAllBytes(Path.Combine(Inbox, "observations.csv"), BundledData.Observations.Bytes);
        Assert.True(watcher.Pass().NewAlerts > 10);
        return (store, endpoints, store.Pending(AlertChannel.Stdout, 1000).ToList());
    }

    private static IHeaderDictionary Headers(WebhookRequest request) =>
        new HeaderDictionary(request.Headers.AllKeys.ToDictionary(k => k!, k => new StringValues(request.Headers[k])));

    [Fact]
    public async Task Every_delivery_carries_a_signature_and_timestamp_the_Standard_Webhooks_library_verifies()
    {
        using var receiver = new WebhookReceiver();
        (ObservationStore store, List<WebhookEndpoint> endpoints, List<AlertRecord> alerts) = Raised(TimeProvider.System, WebhookFormat.Flowwatch, receiver.Url);
        using (store)
        {
            using var client = new WebhookClient(Secret, Quick);
            DeliveryReport report = await new AlertDispatcher(store).DeliverAsync(client, [endpoints[0].Channel], Site);
            Assert.Equal(alerts.Count, report.Delivered);
        }

        var verifier = new StandardWebhook(_secretText);
        Assert.Equal(alerts.Count, receiver.Received.Count);
        foreach (WebhookRequest r in receiver.Received)
        {
            verifier.Verify(r.Body, Headers(r));
            Assert.Equal(r.Id, JsonDocument.Parse(r.Body).RootElement.GetProperty("key").GetString());
            Assert.Equal("\"" + r.Id + "\"", r.Headers["Idempotency-Key"]);
            Assert.Equal("application/json; charset=utf-8", r.ContentType);
        }

        // The check can fail: one character of the body changed, or another secret, is refused.
        WebhookRequest first = receiver.Received[0];
        Assert.Throws<StandardWebhooks.Diagnostics.WebhookVerificationException>(() => verifier.Verify(first.Body.Replace("\"new\"", "\"nEw\"", StringComparison.Ordinal), Headers(first)));
        Assert.Throws<StandardWebhooks.Diagnostics.WebhookVerificationException>(() =>
            new StandardWebhook(WebhookSecret.Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).Verify(first.Body, Headers(first)));
    }

    [Fact]
    public async Task A_stale_timestamp_is_refused_by_the_reference_library_so_each_attempt_is_stamped_when_sent()
    {
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-10));
        using var receiver = new WebhookReceiver();
        (ObservationStore store, List<WebhookEndpoint> endpoints, _) = Raised(past, WebhookFormat.Flowwatch, receiver.Url);
        using (store)
        {
            using var client = new WebhookClient(Secret, Scheduled, past);
            await new AlertDispatcher(store, past).DeliverAsync(client, [endpoints[0].Channel], Site);
        }

        WebhookRequest r = receiver.Received[0];
        Assert.Equal(past.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), r.Headers["webhook-timestamp"]);
        var e = Assert.Throws<StandardWebhooks.Diagnostics.WebhookVerificationException>(() => new StandardWebhook(_secretText).Verify(r.Body, Headers(r)));
        Assert.Contains("too old", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Two_receivers_one_failing_the_other_gets_every_alert_and_the_failing_ones_keep_their_schedule_until_it_recovers()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        bool down = true;
        using var good = new WebhookReceiver(_ => (200, null));
        using var bad = new WebhookReceiver(_ => (down ? 500 : 200, null));
        (ObservationStore store, List<WebhookEndpoint> endpoints, List<AlertRecord> alerts) = Raised(clock, WebhookFormat.Flowwatch, good.Url, bad.Url);
        using (store)
        {
            using var client = new WebhookClient(Secret, Scheduled, clock);
            var dispatcher = new AlertDispatcher(store, clock);
            DeliveryReport first = await dispatcher.DeliverAsync(client, endpoints.Select(e => e.Channel).ToList(), Site);

            Assert.Equal(alerts.Count, first.Delivered);
            Assert.Equal(alerts.Count, first.Failed);
            Assert.Equal(alerts.Select(a => a.Key).Order(StringComparer.Ordinal), good.Received.Select(r => r.Id!).Order(StringComparer.Ordinal));
            Assert.Equal(alerts.Count, bad.Received.Select(r => r.Id).Distinct().Count());
            Assert.Empty(store.Due(endpoints[1].Channel, clock.GetUtcNow(), 1000));
            Assert.Equal(alerts.Count, store.Pending(endpoints[1].Channel, 1000).Count);
            Assert.Equal(0, store.Endpoints().Single(e => e.Channel == endpoints[0].Channel).Pending);

            // Hours of failures: each alert on its own schedule, none lost, none given up before the day is out.
            for (int i = 0; i < 20; i++)
            {
                clock.Advance(TimeSpan.FromMinutes(30));
                await dispatcher.DeliverAsync(client, [endpoints[1].Channel], Site);
            }

            WebhookEndpoint failing = store.Endpoints().Single(e => e.Channel == endpoints[1].Channel);
            Assert.Equal((alerts.Count, 0), (failing.Pending, failing.Dead));
            Assert.True(bad.Received.Count > 3 * alerts.Count, $"{bad.Received.Count} attempts for {alerts.Count} alerts in 10 hours");

            down = false;
            clock.Advance(TimeSpan.FromHours(4));
            DeliveryReport recovered = await dispatcher.DeliverAsync(client, [endpoints[1].Channel], Site);
            Assert.Equal(alerts.Count, recovered.Delivered);
            Assert.Equal(alerts.Count, bad.Received.Where(r => r.Status == 200).Select(r => r.Id).Distinct().Count());
            Assert.Equal(alerts.Count, good.Received.Count);
        }
    }

    [Fact]
    public async Task A_refused_alert_does_not_hold_back_the_next_to_the_same_receiver()
    {
        // R14: the receiver refuses the fifth alert with 400, for good; every other alert gets through in the same round.
        var seen = new List<string>();
        using var receiver = new WebhookReceiver(r =>
        {
            lock (seen)
            {
                if (!seen.Contains(r.Id!))
                {
                    seen.Add(r.Id!);
                }

                return (seen.IndexOf(r.Id!) == 4 ? 400 : 200, null);
            }
        });
        (ObservationStore store, List<WebhookEndpoint> endpoints, List<AlertRecord> alerts) = Raised(TimeProvider.System, WebhookFormat.Flowwatch, receiver.Url);
        using (store)
        {
            using var client = new WebhookClient(Secret, Quick);
            DeliveryReport report = await new AlertDispatcher(store).DeliverAsync(client, [endpoints[0].Channel], Site);

            string refused = seen[4];
            Assert.Equal(alerts.Count - 1, report.Delivered);
            Assert.Equal(1, report.Failed);
            Assert.Equal(alerts.Select(a => a.Key).Where(k => k != refused).Order(StringComparer.Ordinal),
                receiver.Received.Where(r => r.Status == 200).Select(r => r.Id!).Order(StringComparer.Ordinal));
            Assert.InRange(receiver.Received.Count(r => r.Id == refused), 1, 1 + Quick.RetriesInPass);
            PendingDelivery left = Assert.Single(store.Pending(endpoints[0].Channel, 10).Select(a => new PendingDelivery(a, 0, null)));
            Assert.Equal(refused, left.Alert.Key);
            Assert.NotNull(store.NextRetry(endpoints[0].Channel));
        }
    }

    [Fact]
    public async Task A_refused_alert_becomes_a_dead_letter_after_a_day_and_is_sent_again_by_resend()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        bool refuse = true;
        using var receiver = new WebhookReceiver(_ => (refuse ? 400 : 200, null));
        (ObservationStore store, List<WebhookEndpoint> endpoints, List<AlertRecord> alerts) = Raised(clock, WebhookFormat.Flowwatch, receiver.Url);
        using (store)
        {
            using var client = new WebhookClient(Secret, Scheduled, clock);
            var dispatcher = new AlertDispatcher(store, clock);
            AlertChannel hook = endpoints[0].Channel;
            for (int hour = 0; hour <= 30 && store.Pending(hook, 1).Count > 0; hour++)
            {
                await dispatcher.DeliverAsync(client, [hook], Site);
                clock.Advance(TimeSpan.FromHours(1));
            }

            IReadOnlyList<DeadLetter> dead = store.DeadLetters(hook, 1000);
            Assert.Equal(alerts.Count, dead.Count);
            Assert.All(dead, d => Assert.Equal("HTTP 400 Bad Request", d.LastError));
            Assert.All(dead, d => Assert.InRange(d.Attempts, 2, 40));
            Assert.Equal(alerts.Count, store.Endpoints().Single().Dead);

            refuse = false;
            (int revived, DeliveryReport report) = await dispatcher.ResendAsync(client, hook, [dead[0].Alert.Key], Site);
            Assert.Equal((1, 1), (revived, report.Delivered));
            Assert.Equal(alerts.Count - 1, store.DeadLetters(hook, 1000).Count);
            (revived, report) = await dispatcher.ResendAsync(client, hook, null, Site);
            Assert.Equal((alerts.Count - 1, alerts.Count - 1), (revived, report.Delivered));
            Assert.Empty(store.DeadLetters(null, 10));
        }
    }

    [Fact]
    public async Task A_410_disables_the_endpoint_says_so_and_turns_its_undelivered_alerts_into_dead_letters()
    {
        using var gone = new WebhookReceiver(_ => (410, null));
        using var other = new WebhookReceiver(_ => (200, null));
        (ObservationStore store, List<WebhookEndpoint> endpoints, List<AlertRecord> alerts) = Raised(TimeProvider.System, WebhookFormat.Flowwatch, gone.Url, other.Url);
        using (store)
        {
            using var client = new WebhookClient(Secret, Quick);
            var log = new ListLogger();
            var dispatcher = new AlertDispatcher(store, logger: log);
            DeliveryReport report = await dispatcher.DeliverAsync(client, endpoints.Select(e => e.Channel).ToList(), Site);

            WebhookEndpoint disabled = store.Endpoints().Single(e => e.Url == gone.Url);
            Assert.NotNull(disabled.DisabledAt);
            Assert.Equal("HTTP 410 Gone", disabled.DisabledReason);
            Assert.Equal((0, alerts.Count), (disabled.Pending, disabled.Dead));
            Assert.InRange(gone.Received.Count, 1, 4);
            Assert.Equal(alerts.Count, other.Received.Count);
            Assert.Equal(alerts.Count, report.Dead);
            Assert.Contains(log.Lines, l => l.Event == "webhook-disabled" && l.Text.Contains(gone.Url.ToString(), StringComparison.Ordinal));

            // Nothing is posted to it again until someone re-sends.
            int before = gone.Received.Count;
            await dispatcher.DeliverAsync(client, [disabled.Channel], Site);
            Assert.Equal(before, gone.Received.Count);
        }
    }

    [Fact]
    public async Task A_429_with_Retry_After_pauses_the_endpoint_until_then_and_the_alerts_go_after()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        int answered = 0;
        using var receiver = new WebhookReceiver(_ => Interlocked.Increment(ref answered) == 1 ? (429, "120") : (200, null));
        (ObservationStore store, List<WebhookEndpoint> endpoints, List<AlertRecord> alerts) = Raised(clock, WebhookFormat.Flowwatch, receiver.Url);
        using (store)
        {
            using var client = new WebhookClient(Secret, Scheduled, clock);
            var dispatcher = new AlertDispatcher(store, clock);
            AlertChannel hook = endpoints[0].Channel;
            await dispatcher.DeliverAsync(client, [hook], Site);
            Assert.Equal(clock.GetUtcNow().AddSeconds(120), store.Endpoints().Single().PausedUntil);
            int sent = receiver.Received.Count;
            Assert.InRange(sent, 1, 4);

            clock.Advance(TimeSpan.FromSeconds(60));
            DeliveryReport early = await dispatcher.DeliverAsync(client, [hook], Site);
            Assert.Equal(sent, receiver.Received.Count);
            Assert.True(early.Waiting > 0);

            clock.Advance(TimeSpan.FromSeconds(61));
            await dispatcher.DeliverAsync(client, [hook], Site);
            Assert.Empty(store.Pending(hook, 10));
            Assert.Equal(alerts.Count, receiver.Received.Where(r => r.Status == 200).Select(r => r.Id).Distinct().Count());
        }
    }

    [Fact]
    public async Task An_endpoint_that_does_not_answer_is_retried_and_the_rest_wait_for_the_next_pass()
    {
        var nowhere = new Uri($"http://127.0.0.1:{WebhookReceiver.FreePort()}/hook");
        (ObservationStore store, List<WebhookEndpoint> endpoints, List<AlertRecord> alerts) = Raised(TimeProvider.System, WebhookFormat.Flowwatch, nowhere);
        using (store)
        {
            using var client = new WebhookClient(Secret, Scheduled);
            DeliveryReport report = await new AlertDispatcher(store).DeliverAsync(client, [endpoints[0].Channel], Site);
            Assert.InRange(report.Failed, 3, 3 + 4);
            Assert.Equal(alerts.Count - report.Failed, report.Waiting);
            Assert.Equal(alerts.Count, store.Pending(endpoints[0].Channel, 1000).Count);
            Assert.NotNull(report.Problem);
        }
    }

    [Fact]
    public async Task Alerts_a_down_webhook_missed_are_sent_after_a_restart_with_the_same_keys_and_bodies()
    {
        var nowhere = new Uri($"http://127.0.0.1:{WebhookReceiver.FreePort()}/hook/");
        List<AlertRecord> alerts;
        using (ObservationStore store = Raised(TimeProvider.System, WebhookFormat.Flowwatch, nowhere).Store)
        {
            alerts = store.Pending(store.Endpoints()[0].Channel, 1000).ToList();
            using var client = new WebhookClient(Secret, Scheduled);
            Assert.Equal(0, (await new AlertDispatcher(store).DeliverAsync(client, [store.Endpoints()[0].Channel], Site)).Delivered);
        }

        // The receiver comes up at the same address; a new process (a new store connection, a new client) takes over
        // once the schedule says the alerts are due.
        using var receiver = new WebhookReceiver(nowhere, _ => (200, null));
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(2));
        using (ObservationStore restarted = SqliteObservationStore.Open(_dir.File("fw.db")))
        {
            using var client = new WebhookClient(Secret, Scheduled, later);
            WebhookEndpoint endpoint = restarted.Endpoint(nowhere, WebhookFormat.Flowwatch);
            await new AlertDispatcher(restarted, later).DeliverAsync(client, [endpoint.Channel], Site);
            Assert.Empty(restarted.Pending(endpoint.Channel, 10));
        }

        Assert.Equal(alerts.Select(a => a.Key), receiver.Received.Select(r => r.Id!));
        Assert.Equal(alerts.Select(a => a.Body), receiver.Received.Select(r => r.Body));
    }

    [Fact]
    public async Task With_the_cloudevents_format_each_alert_is_a_CloudEvent_the_SDK_reads_with_the_alert_as_data()
    {
        using var receiver = new WebhookReceiver();
        (ObservationStore store, List<WebhookEndpoint> endpoints, List<AlertRecord> alerts) = Raised(TimeProvider.System, WebhookFormat.CloudEvents, receiver.Url);
        using (store)
        {
            using var client = new WebhookClient(Secret, Quick);
            await new AlertDispatcher(store).DeliverAsync(client, [endpoints[0].Channel], Site);
        }

        var formatter = new JsonEventFormatter();
        var byKey = alerts.ToDictionary(a => a.Key);
        Assert.Equal(alerts.Count, receiver.Received.Count);
        foreach (WebhookRequest r in receiver.Received)
        {
            Assert.StartsWith("application/cloudevents+json", r.ContentType, StringComparison.Ordinal);
            CloudEvent e = formatter.DecodeStructuredModeMessage(Encoding.UTF8.GetBytes(r.Body), new ContentType(r.ContentType!), null);
            AlertRecord alert = byKey[e.Id!];
            Assert.Equal(CloudEventsSpecVersion.V1_0, e.SpecVersion);
            Assert.Equal(r.Id, e.Id);
            Assert.Equal(WebhookPayload.FindingType + alert.Kind, e.Type);
            Assert.Equal(new Uri(Site, "findings"), e.Source);
            Assert.Equal(alert.FindingId, e.Subject);
            Assert.Equal(alert.CreatedAt.ToUnixTimeSeconds(), e.Time!.Value.ToUnixTimeSeconds());
            Assert.Equal("application/json", e.DataContentType);
            Assert.Equal(alert.Body, ((JsonElement)e.Data!).GetRawText());
            new StandardWebhook(_secretText).Verify(r.Body, Headers(r));
        }
    }
}
