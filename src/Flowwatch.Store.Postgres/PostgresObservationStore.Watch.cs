using Npgsql;
using NpgsqlTypes;

namespace Flowwatch.Store.Postgres;

/// <summary>The watcher's state and alert outbox (<see cref="IWatchStore"/>) in the same database as the figures.</summary>
public sealed partial class PostgresObservationStore
{
    /// <inheritdoc/>
    public WatchSnapshot? LastScan()
    {
        using NpgsqlConnection connection = _dataSource.OpenConnection();
        string sources;
        DateTimeOffset at;
        using (var cmd = new NpgsqlCommand("SELECT sources, scanned_at FROM watch_scan WHERE id = 1;", connection))
        using (NpgsqlDataReader r = cmd.ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }

            sources = r.GetString(0);
            at = new DateTimeOffset(r.GetDateTime(1), TimeSpan.Zero);
        }

        var findings = new List<WatchedFinding>();
        using (var cmd = new NpgsqlCommand("SELECT finding_id, severity, fingerprint, body FROM watch_findings ORDER BY finding_id;", connection))
        using (NpgsqlDataReader r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                findings.Add(new WatchedFinding(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3)));
            }
        }

        return new WatchSnapshot(WatchSources.Split(sources), findings, at);
    }

    /// <inheritdoc/>
    public int RecordScan(WatchSnapshot scan, IReadOnlyList<AlertRecord> alerts, IReadOnlyList<AlertChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(channels);
        using NpgsqlConnection connection = _dataSource.OpenConnection();
        using NpgsqlTransaction tx = connection.BeginTransaction();
        using (var cmd = new NpgsqlCommand(
            "INSERT INTO watch_scan (id, sources, scanned_at) VALUES (1, @s, @at) ON CONFLICT (id) DO UPDATE SET sources = excluded.sources, scanned_at = excluded.scanned_at;", connection, tx))
        {
            cmd.Parameters.AddWithValue("s", WatchSources.Join(scan.Sources));
            cmd.Parameters.AddWithValue("at", scan.ScannedAt.UtcDateTime);
            cmd.ExecuteNonQuery();
        }

        using (var cmd = new NpgsqlCommand("DELETE FROM watch_findings;", connection, tx))
        {
            cmd.ExecuteNonQuery();
        }

        foreach (WatchedFinding f in scan.Findings)
        {
            using var cmd = new NpgsqlCommand("INSERT INTO watch_findings (finding_id, severity, fingerprint, body) VALUES (@id, @sev, @fp, @body);", connection, tx);
            cmd.Parameters.AddWithValue("id", f.Id);
            cmd.Parameters.AddWithValue("sev", f.Severity);
            cmd.Parameters.AddWithValue("fp", f.Fingerprint);
            cmd.Parameters.AddWithValue("body", f.Body);
            cmd.ExecuteNonQuery();
        }

        int added = 0;
        foreach (AlertRecord a in alerts)
        {
            using var insert = new NpgsqlCommand(
                "INSERT INTO alerts (idempotency_key, kind, finding_id, title, body, created_at) VALUES (@k, @kind, @f, @t, @b, @at) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id;", connection, tx);
            insert.Parameters.AddWithValue("k", a.Key);
            insert.Parameters.AddWithValue("kind", a.Kind);
            insert.Parameters.AddWithValue("f", a.FindingId);
            insert.Parameters.AddWithValue("t", a.Title);
            insert.Parameters.AddWithValue("b", a.Body);
            insert.Parameters.AddWithValue("at", a.CreatedAt.UtcDateTime);
            if (insert.ExecuteScalar() is not long alertId)
            {
                continue;
            }

            added++;
            foreach (AlertChannel channel in channels)
            {
                using var pending = new NpgsqlCommand("INSERT INTO alert_deliveries (alert_id, channel) VALUES (@a, @c);", connection, tx);
                pending.Parameters.AddWithValue("a", alertId);
                pending.Parameters.AddWithValue("c", channel.Id);
                pending.ExecuteNonQuery();
            }
        }

        tx.Commit();
        return added;
    }

    /// <inheritdoc/>
    public IReadOnlyList<AlertRecord> Pending(AlertChannel channel, int limit)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand(
            "SELECT a.idempotency_key, a.kind, a.finding_id, a.title, a.body, a.created_at FROM alerts a JOIN alert_deliveries d ON d.alert_id = a.id "
            + "WHERE d.channel = @c AND d.delivered_at IS NULL AND d.dead_at IS NULL ORDER BY a.id LIMIT @n;");
        cmd.Parameters.AddWithValue("c", channel.Id);
        cmd.Parameters.AddWithValue("n", limit);
        return ReadAlerts(cmd);
    }

    /// <inheritdoc/>
    public IReadOnlyList<PendingDelivery> Due(AlertChannel channel, DateTimeOffset now, int limit)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand(
            "SELECT a.idempotency_key, a.kind, a.finding_id, a.title, a.body, a.created_at, d.attempts, d.first_failed_at FROM alerts a JOIN alert_deliveries d ON d.alert_id = a.id "
            + "WHERE d.channel = @c AND d.delivered_at IS NULL AND d.dead_at IS NULL AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= @now) ORDER BY a.id LIMIT @n;");
        cmd.Parameters.AddWithValue("c", channel.Id);
        cmd.Parameters.AddWithValue("now", now.UtcDateTime);
        cmd.Parameters.AddWithValue("n", limit);
        var due = new List<PendingDelivery>();
        using NpgsqlDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            due.Add(new PendingDelivery(ReadAlert(r), r.GetInt32(6), Time(r, 7)));
        }

        return due;
    }

    /// <inheritdoc/>
    public DateTimeOffset? NextRetry(AlertChannel channel)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand("SELECT min(next_attempt_at) FROM alert_deliveries WHERE channel = @c AND delivered_at IS NULL AND dead_at IS NULL;");
        cmd.Parameters.AddWithValue("c", channel.Id);
        return cmd.ExecuteScalar() is DateTime at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }

    /// <inheritdoc/>
    public void MarkDelivered(string key, AlertChannel channel, DateTimeOffset at)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand(
            "UPDATE alert_deliveries SET delivered_at = @at, attempts = attempts + 1, next_attempt_at = NULL WHERE channel = @c AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = @k);");
        cmd.Parameters.AddWithValue("at", at.UtcDateTime);
        cmd.Parameters.AddWithValue("c", channel.Id);
        cmd.Parameters.AddWithValue("k", key);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public void RecordFailure(string key, AlertChannel channel, string error, DateTimeOffset at, DateTimeOffset retryAt)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand(
            "UPDATE alert_deliveries SET last_error = @e, attempts = attempts + 1, first_failed_at = coalesce(first_failed_at, @at), next_attempt_at = @next "
            + "WHERE channel = @c AND delivered_at IS NULL AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = @k);");
        cmd.Parameters.Add(new NpgsqlParameter("e", NpgsqlDbType.Text) { Value = error });
        cmd.Parameters.AddWithValue("at", at.UtcDateTime);
        cmd.Parameters.AddWithValue("next", retryAt.UtcDateTime);
        cmd.Parameters.AddWithValue("c", channel.Id);
        cmd.Parameters.AddWithValue("k", key);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public void MarkDead(string key, AlertChannel channel, string error, DateTimeOffset at, bool attempted)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand(
            "UPDATE alert_deliveries SET last_error = @e, attempts = attempts + @n, first_failed_at = coalesce(first_failed_at, @at), next_attempt_at = NULL, dead_at = @at "
            + "WHERE channel = @c AND delivered_at IS NULL AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = @k);");
        cmd.Parameters.Add(new NpgsqlParameter("e", NpgsqlDbType.Text) { Value = error });
        cmd.Parameters.AddWithValue("n", attempted ? 1 : 0);
        cmd.Parameters.AddWithValue("at", at.UtcDateTime);
        cmd.Parameters.AddWithValue("c", channel.Id);
        cmd.Parameters.AddWithValue("k", key);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public WebhookEndpoint Endpoint(Uri url, WebhookFormat format)
    {
        ArgumentNullException.ThrowIfNull(url);
        using (NpgsqlConnection connection = _dataSource.OpenConnection())
        using (NpgsqlTransaction tx = connection.BeginTransaction())
        {
            // The lock makes the next channel number safe from another watcher naming an endpoint at the same moment.
            using var cmd = new NpgsqlCommand(
                PostgresSchema.TakeLock
                + " UPDATE webhook_endpoints SET url = @u WHERE url = '' AND NOT EXISTS (SELECT 1 FROM webhook_endpoints WHERE url = @u);"
                + " INSERT INTO webhook_endpoints (channel, url, format) VALUES ((SELECT greatest(2, coalesce(max(channel) + 1, 2)) FROM webhook_endpoints), @u, @f)"
                + " ON CONFLICT (url) DO UPDATE SET format = excluded.format;", connection, tx);
            cmd.Parameters.AddWithValue("u", url.AbsoluteUri);
            cmd.Parameters.AddWithValue("f", WebhookFormats.Code(format));
            cmd.ExecuteNonQuery();
            tx.Commit();
        }

        return ReadEndpoints("WHERE e.url = @u", url.AbsoluteUri).Single();
    }

    /// <inheritdoc/>
    public IReadOnlyList<WebhookEndpoint> Endpoints() => ReadEndpoints("WHERE e.url <> ''", null);

    /// <inheritdoc/>
    public void PauseEndpoint(AlertChannel channel, DateTimeOffset until)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand("UPDATE webhook_endpoints SET paused_until = @t WHERE channel = @c;");
        cmd.Parameters.AddWithValue("t", until.UtcDateTime);
        cmd.Parameters.AddWithValue("c", channel.Id);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public int DisableEndpoint(AlertChannel channel, string reason, DateTimeOffset at)
    {
        using NpgsqlConnection connection = _dataSource.OpenConnection();
        using NpgsqlTransaction tx = connection.BeginTransaction();
        using (var cmd = new NpgsqlCommand("UPDATE webhook_endpoints SET disabled_at = coalesce(disabled_at, @at), disabled_reason = coalesce(disabled_reason, @r) WHERE channel = @c;", connection, tx))
        {
            cmd.Parameters.AddWithValue("at", at.UtcDateTime);
            cmd.Parameters.Add(new NpgsqlParameter("r", NpgsqlDbType.Text) { Value = reason });
            cmd.Parameters.AddWithValue("c", channel.Id);
            cmd.ExecuteNonQuery();
        }

        int dead;
        using (var cmd = new NpgsqlCommand(
            "UPDATE alert_deliveries SET dead_at = @at, next_attempt_at = NULL, last_error = coalesce(last_error || '; ', '') || @r WHERE channel = @c AND delivered_at IS NULL AND dead_at IS NULL;", connection, tx))
        {
            cmd.Parameters.AddWithValue("at", at.UtcDateTime);
            cmd.Parameters.Add(new NpgsqlParameter("r", NpgsqlDbType.Text) { Value = reason });
            cmd.Parameters.AddWithValue("c", channel.Id);
            dead = cmd.ExecuteNonQuery();
        }

        tx.Commit();
        return dead;
    }

    /// <inheritdoc/>
    public IReadOnlyList<DeadLetter> DeadLetters(AlertChannel? channel, int limit)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand(
            "SELECT a.idempotency_key, a.kind, a.finding_id, a.title, a.body, a.created_at, d.channel, d.attempts, d.last_error, d.dead_at FROM alerts a JOIN alert_deliveries d ON d.alert_id = a.id "
            + "WHERE d.dead_at IS NOT NULL AND d.delivered_at IS NULL AND (@c::integer IS NULL OR d.channel = @c::integer) ORDER BY a.id, d.channel LIMIT @n;");
        cmd.Parameters.Add(new NpgsqlParameter("c", NpgsqlDbType.Integer) { Value = channel is { } c ? c.Id : DBNull.Value });
        cmd.Parameters.AddWithValue("n", limit);
        var dead = new List<DeadLetter>();
        using NpgsqlDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            dead.Add(new DeadLetter(ReadAlert(r), new AlertChannel(r.GetInt32(6)), r.GetInt32(7), r.IsDBNull(8) ? null : r.GetString(8), Time(r, 9)!.Value));
        }

        return dead;
    }

    /// <inheritdoc/>
    public int Revive(AlertChannel channel, IReadOnlyCollection<string>? keys)
    {
        using NpgsqlConnection connection = _dataSource.OpenConnection();
        using NpgsqlTransaction tx = connection.BeginTransaction();
        using (var cmd = new NpgsqlCommand("UPDATE webhook_endpoints SET disabled_at = NULL, disabled_reason = NULL, paused_until = NULL WHERE channel = @c;", connection, tx))
        {
            cmd.Parameters.AddWithValue("c", channel.Id);
            cmd.ExecuteNonQuery();
        }

        const string Revive = "UPDATE alert_deliveries SET dead_at = NULL, next_attempt_at = NULL, first_failed_at = NULL, attempts = 0 "
            + "WHERE channel = @c AND delivered_at IS NULL AND dead_at IS NOT NULL";
        int revived;
        using (var cmd = new NpgsqlCommand(keys is null ? Revive + ";" : Revive + " AND alert_id IN (SELECT id FROM alerts WHERE idempotency_key = ANY (@k));", connection, tx))
        {
            cmd.Parameters.AddWithValue("c", channel.Id);
            if (keys is not null)
            {
                cmd.Parameters.AddWithValue("k", keys.ToArray());
            }

            revived = cmd.ExecuteNonQuery();
        }

        tx.Commit();
        return revived;
    }

    /// <inheritdoc/>
    public IReadOnlyList<AlertRecord> RecentAlerts(int limit)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand("SELECT idempotency_key, kind, finding_id, title, body, created_at FROM alerts ORDER BY id DESC LIMIT @n;");
        cmd.Parameters.AddWithValue("n", limit);
        return ReadAlerts(cmd);
    }

    /// <inheritdoc/>
    public IReadOnlyList<AlertRecord> LastScanAlerts()
    {
        // A scan and its alerts are written in one transaction with the same time, so the time ties them together.
        using NpgsqlCommand cmd = _dataSource.CreateCommand(
            "SELECT idempotency_key, kind, finding_id, title, body, created_at FROM alerts WHERE created_at = (SELECT scanned_at FROM watch_scan WHERE id = 1) ORDER BY id;");
        return ReadAlerts(cmd);
    }

    private static List<AlertRecord> ReadAlerts(NpgsqlCommand cmd)
    {
        var alerts = new List<AlertRecord>();
        using NpgsqlDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            alerts.Add(ReadAlert(r));
        }

        return alerts;
    }

    private static AlertRecord ReadAlert(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), new DateTimeOffset(r.GetDateTime(5), TimeSpan.Zero));

    private static DateTimeOffset? Time(NpgsqlDataReader r, int column) => r.IsDBNull(column) ? null : new DateTimeOffset(r.GetDateTime(column), TimeSpan.Zero);

    private List<WebhookEndpoint> ReadEndpoints(string where, string? url)
    {
        using NpgsqlCommand cmd = _dataSource.CreateCommand(
            "SELECT e.channel, e.url, e.format, e.disabled_at, e.disabled_reason, e.paused_until, "
            + "(SELECT count(*)::integer FROM alert_deliveries d WHERE d.channel = e.channel AND d.delivered_at IS NOT NULL), "
            + "(SELECT count(*)::integer FROM alert_deliveries d WHERE d.channel = e.channel AND d.delivered_at IS NULL AND d.dead_at IS NULL), "
            + "(SELECT count(*)::integer FROM alert_deliveries d WHERE d.channel = e.channel AND d.delivered_at IS NULL AND d.dead_at IS NOT NULL) "
            + "FROM webhook_endpoints e " + where + " ORDER BY e.channel;");
        if (url is not null)
        {
            cmd.Parameters.AddWithValue("u", url);
        }

        var endpoints = new List<WebhookEndpoint>();
        using NpgsqlDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            endpoints.Add(new WebhookEndpoint(new AlertChannel(r.GetInt32(0)), new Uri(r.GetString(1)), WebhookFormats.Parse(r.GetString(2)))
            {
                DisabledAt = Time(r, 3),
                DisabledReason = r.IsDBNull(4) ? null : r.GetString(4),
                PausedUntil = Time(r, 5),
                Delivered = r.GetInt32(6),
                Pending = r.GetInt32(7),
                Dead = r.GetInt32(8),
            });
        }

        return endpoints;
    }
}
