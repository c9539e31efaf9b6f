using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Flowwatch.Store;

/// <summary>The watcher's state and alert outbox (<see cref="IWatchStore"/>) in the same SQLite file as the figures.</summary>
public sealed partial class SqliteObservationStore
{
    /// <inheritdoc/>
    public WatchSnapshot? LastScan()
    {
        string sources;
        DateTimeOffset at;
        using (SqliteCommand cmd = Command("SELECT sources, scanned_at FROM watch_scan WHERE id = 1;"))
        using (SqliteDataReader r = cmd.ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }

            sources = r.GetString(0);
            at = ParseTime(r.GetString(1));
        }

        var findings = new List<WatchedFinding>();
        using (SqliteCommand cmd = Command("SELECT finding_id, severity, fingerprint, body FROM watch_findings ORDER BY finding_id;"))
        using (SqliteDataReader r = cmd.ExecuteReader())
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
        using SqliteTransaction tx = _connection.BeginTransaction();
        using (SqliteCommand cmd = Command("INSERT INTO watch_scan (id, sources, scanned_at) VALUES (1, $s, $at) ON CONFLICT (id) DO UPDATE SET sources = excluded.sources, scanned_at = excluded.scanned_at; DELETE FROM watch_findings;", tx))
        {
            cmd.Parameters.AddWithValue("$s", WatchSources.Join(scan.Sources));
            cmd.Parameters.AddWithValue("$at", FormatTime(scan.ScannedAt));
            cmd.ExecuteNonQuery();
        }

        using (SqliteCommand cmd = Command("INSERT INTO watch_findings (finding_id, severity, fingerprint, body) VALUES ($id, $sev, $fp, $body);", tx))
        {
            SqliteParameter id = cmd.Parameters.Add("$id", SqliteType.Text), sev = cmd.Parameters.Add("$sev", SqliteType.Integer),
                fp = cmd.Parameters.Add("$fp", SqliteType.Text), body = cmd.Parameters.Add("$body", SqliteType.Text);
            foreach (WatchedFinding f in scan.Findings)
            {
                id.Value = f.Id;
                sev.Value = f.Severity;
                fp.Value = f.Fingerprint;
                body.Value = f.Body;
                cmd.ExecuteNonQuery();
            }
        }

        int added = 0;
        foreach (AlertRecord a in alerts)
        {
            using SqliteCommand insert = Command(
                "INSERT INTO alerts (idempotency_key, kind, finding_id, title, body, created_at) VALUES ($k, $kind, $f, $t, $b, $at) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id;", tx);
            insert.Parameters.AddWithValue("$k", a.Key);
            insert.Parameters.AddWithValue("$kind", a.Kind);
            insert.Parameters.AddWithValue("$f", a.FindingId);
            insert.Parameters.AddWithValue("$t", a.Title);
            insert.Parameters.AddWithValue("$b", a.Body);
            insert.Parameters.AddWithValue("$at", FormatTime(a.CreatedAt));
            if (insert.ExecuteScalar() is not long alertId)
            {
                continue;
            }

            added++;
            foreach (AlertChannel channel in channels)
            {
                using SqliteCommand pending = Command("INSERT INTO alert_deliveries (alert_id, channel) VALUES ($a, $c);", tx);
                pending.Parameters.AddWithValue("$a", alertId);
                pending.Parameters.AddWithValue("$c", channel.Id);
                pending.ExecuteNonQuery();
            }
        }

        tx.Commit();
        return added;
    }

    /// <inheritdoc/>
    public IReadOnlyList<AlertRecord> Pending(AlertChannel channel, int limit)
    {
        using SqliteCommand cmd = Command(
            "SELECT a.idempotency_key, a.kind, a.finding_id, a.title, a.body, a.created_at FROM alerts a JOIN alert_deliveries d ON d.alert_id = a.id "
            + "WHERE d.channel = $c AND d.delivered_at IS NULL AND d.dead_at IS NULL ORDER BY a.id LIMIT $n;");
        cmd.Parameters.AddWithValue("$c", channel.Id);
        cmd.Parameters.AddWithValue("$n", limit);
        return ReadAlerts(cmd);
    }

    /// <inheritdoc/>
    public IReadOnlyList<PendingDelivery> Due(AlertChannel channel, DateTimeOffset now, int limit)
    {
        using SqliteCommand cmd = Command(
            "SELECT a.idempotency_key, a.kind, a.finding_id, a.title, a.body, a.created_at, d.attempts, d.first_failed_at FROM alerts a JOIN alert_deliveries d ON d.alert_id = a.id "
            + "WHERE d.channel = $c AND d.delivered_at IS NULL AND d.dead_at IS NULL AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= $now) ORDER BY a.id LIMIT $n;");
        cmd.Parameters.AddWithValue("$c", channel.Id);
        cmd.Parameters.AddWithValue("$now", FormatTime(now));
        cmd.Parameters.AddWithValue("$n", limit);
        var due = new List<PendingDelivery>();
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            due.Add(new PendingDelivery(ReadAlert(r), r.GetInt32(6), r.IsDBNull(7) ? null : ParseTime(r.GetString(7))));
        }

        return due;
    }

    /// <inheritdoc/>
    public DateTimeOffset? NextRetry(AlertChannel channel)
    {
        using SqliteCommand cmd = Command("SELECT min(next_attempt_at) FROM alert_deliveries WHERE channel = $c AND delivered_at IS NULL AND dead_at IS NULL;");
        cmd.Parameters.AddWithValue("$c", channel.Id);
        return cmd.ExecuteScalar() is string at ? ParseTime(at) : null;
    }

    /// <inheritdoc/>
    public void MarkDelivered(string key, AlertChannel channel, DateTimeOffset at)
    {
        using SqliteCommand cmd = Command(
            "UPDATE alert_deliveries SET delivered_at = $at, attempts = attempts + 1, next_attempt_at = NULL WHERE channel = $c AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = $k);");
        cmd.Parameters.AddWithValue("$at", FormatTime(at));
        cmd.Parameters.AddWithValue("$c", channel.Id);
        cmd.Parameters.AddWithValue("$k", key);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public void RecordFailure(string key, AlertChannel channel, string error, DateTimeOffset at, DateTimeOffset retryAt)
    {
        using SqliteCommand cmd = Command(
            "UPDATE alert_deliveries SET last_error = $e, attempts = attempts + 1, first_failed_at = coalesce(first_failed_at, $at), next_attempt_at = $next "
            + "WHERE channel = $c AND delivered_at IS NULL AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = $k);");
        cmd.Parameters.AddWithValue("$e", error);
        cmd.Parameters.AddWithValue("$at", FormatTime(at));
        cmd.Parameters.AddWithValue("$next", FormatTime(retryAt));
        cmd.Parameters.AddWithValue("$c", channel.Id);
        cmd.Parameters.AddWithValue("$k", key);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public void MarkDead(string key, AlertChannel channel, string error, DateTimeOffset at, bool attempted)
    {
        using SqliteCommand cmd = Command(
            "UPDATE alert_deliveries SET last_error = $e, attempts = attempts + $n, first_failed_at = coalesce(first_failed_at, $at), next_attempt_at = NULL, dead_at = $at "
            + "WHERE channel = $c AND delivered_at IS NULL AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = $k);");
        cmd.Parameters.AddWithValue("$e", error);
        cmd.Parameters.AddWithValue("$n", attempted ? 1 : 0);
        cmd.Parameters.AddWithValue("$at", FormatTime(at));
        cmd.Parameters.AddWithValue("$c", channel.Id);
        cmd.Parameters.AddWithValue("$k", key);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public WebhookEndpoint Endpoint(Uri url, WebhookFormat format)
    {
        ArgumentNullException.ThrowIfNull(url);
        using (SqliteTransaction tx = _connection.BeginTransaction(deferred: false))
        {
            // A store that posted to one unnamed webhook before endpoints had addresses gives its channel to the first named.
            using SqliteCommand cmd = Command(
                "UPDATE webhook_endpoints SET url = $u WHERE url = '' AND NOT EXISTS (SELECT 1 FROM webhook_endpoints WHERE url = $u);"
                + "INSERT INTO webhook_endpoints (channel, url, format) VALUES ((SELECT max(2, coalesce(max(channel) + 1, 2)) FROM webhook_endpoints), $u, $f) "
                + "ON CONFLICT (url) DO UPDATE SET format = excluded.format;", tx);
            cmd.Parameters.AddWithValue("$u", url.AbsoluteUri);
            cmd.Parameters.AddWithValue("$f", WebhookFormats.Code(format));
            cmd.ExecuteNonQuery();
            tx.Commit();
        }

        return ReadEndpoints("WHERE e.url = $u", url.AbsoluteUri).Single();
    }

    /// <inheritdoc/>
    public IReadOnlyList<WebhookEndpoint> Endpoints() => ReadEndpoints("WHERE e.url <> ''", null);

    /// <inheritdoc/>
    public void PauseEndpoint(AlertChannel channel, DateTimeOffset until)
    {
        using SqliteCommand cmd = Command("UPDATE webhook_endpoints SET paused_until = $t WHERE channel = $c;");
        cmd.Parameters.AddWithValue("$t", FormatTime(until));
        cmd.Parameters.AddWithValue("$c", channel.Id);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public int DisableEndpoint(AlertChannel channel, string reason, DateTimeOffset at)
    {
        using SqliteTransaction tx = _connection.BeginTransaction(deferred: false);
        using (SqliteCommand cmd = Command("UPDATE webhook_endpoints SET disabled_at = coalesce(disabled_at, $at), disabled_reason = coalesce(disabled_reason, $r) WHERE channel = $c;", tx))
        {
            cmd.Parameters.AddWithValue("$at", FormatTime(at));
            cmd.Parameters.AddWithValue("$r", reason);
            cmd.Parameters.AddWithValue("$c", channel.Id);
            cmd.ExecuteNonQuery();
        }

        int dead;
        using (SqliteCommand cmd = Command(
            "UPDATE alert_deliveries SET dead_at = $at, next_attempt_at = NULL, last_error = coalesce(last_error || '; ', '') || $r WHERE channel = $c AND delivered_at IS NULL AND dead_at IS NULL;", tx))
        {
            cmd.Parameters.AddWithValue("$at", FormatTime(at));
            cmd.Parameters.AddWithValue("$r", reason);
            cmd.Parameters.AddWithValue("$c", channel.Id);
            dead = cmd.ExecuteNonQuery();
        }

        tx.Commit();
        return dead;
    }

    /// <inheritdoc/>
    public IReadOnlyList<DeadLetter> DeadLetters(AlertChannel? channel, int limit)
    {
        using SqliteCommand cmd = Command(
            "SELECT a.idempotency_key, a.kind, a.finding_id, a.title, a.body, a.created_at, d.channel, d.attempts, d.last_error, d.dead_at FROM alerts a JOIN alert_deliveries d ON d.alert_id = a.id "
            + "WHERE d.dead_at IS NOT NULL AND d.delivered_at IS NULL AND ($c IS NULL OR d.channel = $c) ORDER BY a.id, d.channel LIMIT $n;");
        cmd.Parameters.AddWithValue("$c", channel is { } c ? c.Id : DBNull.Value);
        cmd.Parameters.AddWithValue("$n", limit);
        var dead = new List<DeadLetter>();
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            dead.Add(new DeadLetter(ReadAlert(r), new AlertChannel(r.GetInt32(6)), r.GetInt32(7), r.IsDBNull(8) ? null : r.GetString(8), ParseTime(r.GetString(9))));
        }

        return dead;
    }

    /// <inheritdoc/>
    public int Revive(AlertChannel channel, IReadOnlyCollection<string>? keys)
    {
        using SqliteTransaction tx = _connection.BeginTransaction(deferred: false);
        using (SqliteCommand cmd = Command("UPDATE webhook_endpoints SET disabled_at = NULL, disabled_reason = NULL, paused_until = NULL WHERE channel = $c;", tx))
        {
            cmd.Parameters.AddWithValue("$c", channel.Id);
            cmd.ExecuteNonQuery();
        }

        const string Revive = "UPDATE alert_deliveries SET dead_at = NULL, next_attempt_at = NULL, first_failed_at = NULL, attempts = 0 "
            + "WHERE channel = $c AND delivered_at IS NULL AND dead_at IS NOT NULL";
        int revived = 0;
        using (SqliteCommand cmd = Command(keys is null ? Revive + ";" : Revive + " AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = $k);", tx))
        {
            cmd.Parameters.AddWithValue("$c", channel.Id);
            SqliteParameter key = cmd.Parameters.Add("$k", SqliteType.Text);
            foreach (string k in keys ?? [""])
            {
                key.Value = k;
                revived += cmd.ExecuteNonQuery();
            }
        }

        tx.Commit();
        return revived;
    }

    /// <inheritdoc/>
    public IReadOnlyList<AlertRecord> RecentAlerts(int limit)
    {
        using SqliteCommand cmd = Command("SELECT idempotency_key, kind, finding_id, title, body, created_at FROM alerts ORDER BY id DESC LIMIT $n;");
        cmd.Parameters.AddWithValue("$n", limit);
        return ReadAlerts(cmd);
    }

    /// <inheritdoc/>
    public IReadOnlyList<AlertRecord> LastScanAlerts()
    {
        // A scan and its alerts are written in one transaction with the same time, so the time ties them together.
        using SqliteCommand cmd = Command(
            "SELECT idempotency_key, kind, finding_id, title, body, created_at FROM alerts WHERE created_at = (SELECT scanned_at FROM watch_scan WHERE id = 1) ORDER BY id;");
        return ReadAlerts(cmd);
    }

    private static List<AlertRecord> ReadAlerts(SqliteCommand cmd)
    {
        var alerts = new List<AlertRecord>();
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            alerts.Add(ReadAlert(r));
        }

        return alerts;
    }

    private static AlertRecord ReadAlert(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), ParseTime(r.GetString(5)));

    private List<WebhookEndpoint> ReadEndpoints(string where, string? url)
    {
        using SqliteCommand cmd = Command(
            "SELECT e.channel, e.url, e.format, e.disabled_at, e.disabled_reason, e.paused_until, "
            + "(SELECT count(*) FROM alert_deliveries d WHERE d.channel = e.channel AND d.delivered_at IS NOT NULL), "
            + "(SELECT count(*) FROM alert_deliveries d WHERE d.channel = e.channel AND d.delivered_at IS NULL AND d.dead_at IS NULL), "
            + "(SELECT count(*) FROM alert_deliveries d WHERE d.channel = e.channel AND d.delivered_at IS NULL AND d.dead_at IS NOT NULL) "
            + "FROM webhook_endpoints e " + where + " ORDER BY e.channel;");
        if (url is not null)
        {
            cmd.Parameters.AddWithValue("$u", url);
        }

        var endpoints = new List<WebhookEndpoint>();
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            endpoints.Add(new WebhookEndpoint(new AlertChannel(r.GetInt32(0)), new Uri(r.GetString(1)), WebhookFormats.Parse(r.GetString(2)))
            {
                DisabledAt = r.IsDBNull(3) ? null : ParseTime(r.GetString(3)),
                DisabledReason = r.IsDBNull(4) ? null : r.GetString(4),
                PausedUntil = r.IsDBNull(5) ? null : ParseTime(r.GetString(5)),
                Delivered = r.GetInt32(6),
                Pending = r.GetInt32(7),
                Dead = r.GetInt32(8),
            });
        }

        return endpoints;
    }

    private static string FormatTime(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
