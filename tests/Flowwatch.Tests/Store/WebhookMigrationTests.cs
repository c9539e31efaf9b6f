using Flowwatch.Store;
using Flowwatch.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Flowwatch.Tests.Store;

/// <summary>
/// Migration 5 (webhook endpoints, retry schedules, dead letters) on a store written before it: the alerts pending on
/// the one webhook of old stay pending, on the channel of the first endpoint the watcher names.
/// </summary>
public sealed class WebhookMigrationTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private const int WebhookMigration = 7;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Alerts_pending_on_the_old_single_webhook_go_to_the_first_endpoint_named_after_the_upgrade()
    {
        string db = _dir.File("old.db");
        using (ObservationStore store = SqliteObservationStore.Open(db))
        {
            store.RecordScan(new WatchSnapshot([], [], At), [new AlertRecord("k1", "new", "f1", "t", "{}", At), new AlertRecord("k2", "new", "f2", "t", "{}", At)], [AlertChannel.Stdout]);
        }

        // Back to the schema version before the webhook migration (the 7th): one webhook, channel 2, no endpoint table,
        // and none of the later migrations (the 8th: articles).
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand cmd = connection.CreateCommand();
            cmd.CommandText = $"""
                DROP TABLE article_claims;
                DROP TABLE articles;
                DROP TABLE webhook_endpoints;
                ALTER TABLE alert_deliveries DROP COLUMN next_attempt_at;
                ALTER TABLE alert_deliveries DROP COLUMN first_failed_at;
                ALTER TABLE alert_deliveries DROP COLUMN dead_at;
                INSERT INTO alert_deliveries (alert_id, channel, attempts, last_error) SELECT id, 2, 3, 'HTTP 500' FROM alerts;
                UPDATE alert_deliveries SET delivered_at = '2025-03-01T12:00:01.0000000Z' WHERE channel = 2 AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = 'k1');
                PRAGMA user_version = {WebhookMigration - 1};
                """;
            cmd.ExecuteNonQuery();
        }

        using ObservationStore upgraded = SqliteObservationStore.Open(db);
        Assert.Empty(upgraded.Endpoints());
        WebhookEndpoint first = upgraded.Endpoint(new Uri("https://hooks.example.org/a"), WebhookFormat.Flowwatch);
        WebhookEndpoint second = upgraded.Endpoint(new Uri("https://hooks.example.org/b"), WebhookFormat.Flowwatch);
        Assert.Equal(2, first.Channel.Id);
        Assert.Equal((1, 1, 0), (first.Delivered, first.Pending, first.Dead));
        PendingDelivery k2 = Assert.Single(upgraded.Due(first.Channel, At, 10));
        Assert.Equal(("k2", 3), (k2.Alert.Key, k2.Attempts));
        Assert.Equal(3, second.Channel.Id);
        Assert.Equal(0, second.Pending);
    }
}
