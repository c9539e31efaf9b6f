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
                pending.Parameters.AddWithValue("$c", (int)channel);
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
            + "WHERE d.channel = $c AND d.delivered_at IS NULL ORDER BY a.id LIMIT $n;");
        cmd.Parameters.AddWithValue("$c", (int)channel);
        cmd.Parameters.AddWithValue("$n", limit);
        return ReadAlerts(cmd);
    }

    /// <inheritdoc/>
    public void MarkDelivered(string key, AlertChannel channel, DateTimeOffset at)
    {
        using SqliteCommand cmd = Command(
            "UPDATE alert_deliveries SET delivered_at = $at, attempts = attempts + 1 WHERE channel = $c AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = $k);");
        cmd.Parameters.AddWithValue("$at", FormatTime(at));
        cmd.Parameters.AddWithValue("$c", (int)channel);
        cmd.Parameters.AddWithValue("$k", key);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public void RecordFailure(string key, AlertChannel channel, string error)
    {
        using SqliteCommand cmd = Command(
            "UPDATE alert_deliveries SET last_error = $e, attempts = attempts + 1 WHERE channel = $c AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = $k);");
        cmd.Parameters.AddWithValue("$e", error);
        cmd.Parameters.AddWithValue("$c", (int)channel);
        cmd.Parameters.AddWithValue("$k", key);
        cmd.ExecuteNonQuery();
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
            alerts.Add(new AlertRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), ParseTime(r.GetString(5))));
        }

        return alerts;
    }

    private static string FormatTime(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
