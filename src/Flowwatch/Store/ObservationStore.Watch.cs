using System.Data;
using System.Data.Common;

namespace Flowwatch.Store;

/// <summary>The watcher's state and alert outbox (<see cref="IWatchStore"/>) in the same database as the figures.</summary>
public sealed partial class ObservationStore
{
    private const string AlertColumns = "a.idempotency_key, a.kind, a.finding_id, a.title, a.body, a.created_at";

    /// <inheritdoc/>
    public WatchSnapshot? LastScan()
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            string sources;
            DateTimeOffset at;
            using (DbCommand cmd = connection.Command("SELECT sources, scanned_at FROM watch_scan WHERE id = 1;"))
            using (DbDataReader r = cmd.ExecuteReader())
            {
                if (!r.Read())
                {
                    return null;
                }

                sources = r.GetString(0);
                at = _dialect.ReadTime(r, 1);
            }

            var findings = new List<WatchedFinding>();
            using (DbCommand cmd = connection.Command("SELECT finding_id, severity, fingerprint, body FROM watch_findings ORDER BY finding_id;"))
            using (DbDataReader r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    findings.Add(new WatchedFinding(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3)));
                }
            }

            return new WatchSnapshot(WatchSources.Split(sources), findings, at);
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public int RecordScan(WatchSnapshot scan, IReadOnlyList<AlertRecord> alerts, IReadOnlyList<AlertChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(channels);
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbTransaction tx = _dialect.BeginWrite(connection);
            using (DbCommand cmd = connection.Command(
                "INSERT INTO watch_scan (id, sources, scanned_at) VALUES (1, @s, @at) ON CONFLICT (id) DO UPDATE SET sources = excluded.sources, scanned_at = excluded.scanned_at;", tx))
            {
                cmd.With("s", WatchSources.Join(scan.Sources));
                cmd.With("at", _dialect.Time(scan.ScannedAt));
                cmd.ExecuteNonQuery();
            }

            using (DbCommand cmd = connection.Command("DELETE FROM watch_findings;", tx))
            {
                cmd.ExecuteNonQuery();
            }

            using (DbCommand cmd = connection.Command("INSERT INTO watch_findings (finding_id, severity, fingerprint, body) VALUES (@id, @sev, @fp, @body);", tx))
            {
                DbParameter id = cmd.Slot("id", DbType.String), sev = cmd.Slot("sev", DbType.Int32), fp = cmd.Slot("fp", DbType.String), body = cmd.Slot("body", DbType.String);
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
                using DbCommand insert = connection.Command(
                    "INSERT INTO alerts (idempotency_key, kind, finding_id, title, body, created_at) VALUES (@k, @kind, @f, @t, @b, @at) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id;", tx);
                insert.With("k", a.Key);
                insert.With("kind", a.Kind);
                insert.With("f", a.FindingId);
                insert.With("t", a.Title);
                insert.With("b", a.Body);
                insert.With("at", _dialect.Time(a.CreatedAt));
                if (insert.ExecuteScalar() is not { } alertId || alertId is DBNull)
                {
                    continue;
                }

                added++;
                foreach (AlertChannel channel in channels)
                {
                    using DbCommand pending = connection.Command("INSERT INTO alert_deliveries (alert_id, channel) VALUES (@a, @c);", tx);
                    pending.With("a", Convert.ToInt64(alertId, System.Globalization.CultureInfo.InvariantCulture));
                    pending.With("c", (int)channel);
                    pending.ExecuteNonQuery();
                }
            }

            tx.Commit();
            return added;
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<AlertRecord> Pending(AlertChannel channel, int limit) => ReadAlerts(
        $"SELECT {AlertColumns} FROM alerts a JOIN alert_deliveries d ON d.alert_id = a.id WHERE d.channel = @c AND d.delivered_at IS NULL ORDER BY a.id LIMIT @n;",
        ("c", (int)channel), ("n", limit));

    /// <inheritdoc/>
    public void MarkDelivered(string key, AlertChannel channel, DateTimeOffset at) => Execute(
        "UPDATE alert_deliveries SET delivered_at = @at, attempts = attempts + 1 WHERE channel = @c AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = @k);",
        ("at", _dialect.Time(at)), ("c", (int)channel), ("k", key));

    /// <inheritdoc/>
    public void RecordFailure(string key, AlertChannel channel, string error) => Execute(
        "UPDATE alert_deliveries SET last_error = @e, attempts = attempts + 1 WHERE channel = @c AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = @k);",
        ("e", error), ("c", (int)channel), ("k", key));

    /// <inheritdoc/>
    public IReadOnlyList<AlertRecord> RecentAlerts(int limit) =>
        ReadAlerts($"SELECT {AlertColumns} FROM alerts a ORDER BY a.id DESC LIMIT @n;", ("n", limit));

    /// <inheritdoc/>
    public IReadOnlyList<AlertRecord> LastScanAlerts() =>
        // A scan and its alerts are written in one transaction with the same time, so the time ties them together.
        ReadAlerts($"SELECT {AlertColumns} FROM alerts a WHERE a.created_at = (SELECT scanned_at FROM watch_scan WHERE id = 1) ORDER BY a.id;");

    private List<AlertRecord> ReadAlerts(string sql, params (string Name, object Value)[] parameters)
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbCommand cmd = connection.Command(sql);
            foreach ((string name, object value) in parameters)
            {
                cmd.With(name, value);
            }

            var alerts = new List<AlertRecord>();
            using DbDataReader r = cmd.ExecuteReader();
            while (r.Read())
            {
                alerts.Add(new AlertRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), _dialect.ReadTime(r, 5)));
            }

            return alerts;
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbCommand cmd = connection.Command(sql);
            foreach ((string name, object value) in parameters)
            {
                cmd.With(name, value);
            }

            cmd.ExecuteNonQuery();
        }
        finally
        {
            _dialect.Release(connection);
        }
    }
}
