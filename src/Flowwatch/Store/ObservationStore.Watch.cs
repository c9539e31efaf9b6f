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
                    pending.With("c", channel.Id);
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
        $"SELECT {AlertColumns} FROM alerts a JOIN alert_deliveries d ON d.alert_id = a.id WHERE d.channel = @c AND d.delivered_at IS NULL AND d.dead_at IS NULL ORDER BY a.id LIMIT @n;",
        ("c", channel.Id), ("n", limit));

    /// <inheritdoc/>
    public IReadOnlyList<PendingDelivery> Due(AlertChannel channel, DateTimeOffset now, int limit) => Read(
        $"SELECT {AlertColumns}, d.attempts, d.first_failed_at FROM alerts a JOIN alert_deliveries d ON d.alert_id = a.id "
        + "WHERE d.channel = @c AND d.delivered_at IS NULL AND d.dead_at IS NULL AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= @now) ORDER BY a.id LIMIT @n;",
        r => new PendingDelivery(ReadAlert(r), r.GetInt32(6), ReadTimeOrNull(r, 7)),
        ("c", channel.Id), ("now", _dialect.Time(now)), ("n", limit));

    /// <inheritdoc/>
    public DateTimeOffset? NextRetry(AlertChannel channel) => Read(
        "SELECT min(next_attempt_at) FROM alert_deliveries WHERE channel = @c AND delivered_at IS NULL AND dead_at IS NULL;",
        r => ReadTimeOrNull(r, 0),
        ("c", channel.Id)).FirstOrDefault();

    /// <inheritdoc/>
    public void MarkDelivered(string key, AlertChannel channel, DateTimeOffset at) => Execute(
        "UPDATE alert_deliveries SET delivered_at = @at, attempts = attempts + 1, next_attempt_at = NULL WHERE channel = @c AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = @k);",
        ("at", _dialect.Time(at)), ("c", channel.Id), ("k", key));

    /// <inheritdoc/>
    public void RecordFailure(string key, AlertChannel channel, string error, DateTimeOffset at, DateTimeOffset retryAt) => Execute(
        "UPDATE alert_deliveries SET last_error = @e, attempts = attempts + 1, first_failed_at = coalesce(first_failed_at, @at), next_attempt_at = @next "
        + "WHERE channel = @c AND delivered_at IS NULL AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = @k);",
        ("e", error), ("at", _dialect.Time(at)), ("next", _dialect.Time(retryAt)), ("c", channel.Id), ("k", key));

    /// <inheritdoc/>
    public void MarkDead(string key, AlertChannel channel, string error, DateTimeOffset at, bool attempted) => Execute(
        "UPDATE alert_deliveries SET last_error = @e, attempts = attempts + @n, first_failed_at = coalesce(first_failed_at, @at), next_attempt_at = NULL, dead_at = @at "
        + "WHERE channel = @c AND delivered_at IS NULL AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = @k);",
        ("e", error), ("n", attempted ? 1 : 0), ("at", _dialect.Time(at)), ("c", channel.Id), ("k", key));

    /// <inheritdoc/>
    public WebhookEndpoint Endpoint(Uri url, WebhookFormat format)
    {
        ArgumentNullException.ThrowIfNull(url);
        DbConnection connection = _dialect.Connect();
        try
        {
            // The writer's lock makes the next channel number safe from another watcher naming an endpoint at once.
            using DbTransaction tx = _dialect.BeginWrite(connection);
            using (DbCommand cmd = connection.Command(
                // A store that posted to one unnamed webhook before endpoints had addresses gives its channel to the first named.
                "UPDATE webhook_endpoints SET url = @u WHERE url = '' AND NOT EXISTS (SELECT 1 FROM webhook_endpoints WHERE url = @u);", tx))
            {
                cmd.With("u", url.AbsoluteUri);
                cmd.ExecuteNonQuery();
            }

            using (DbCommand cmd = connection.Command(
                "INSERT INTO webhook_endpoints (channel, url, format) VALUES ((SELECT coalesce(max(channel), 1) + 1 FROM webhook_endpoints), @u, @f) "
                + "ON CONFLICT (url) DO UPDATE SET format = excluded.format;", tx))
            {
                cmd.With("u", url.AbsoluteUri);
                cmd.With("f", WebhookFormats.Code(format));
                cmd.ExecuteNonQuery();
            }

            tx.Commit();
        }
        finally
        {
            _dialect.Release(connection);
        }

        return ReadEndpoints("WHERE e.url = @u", ("u", url.AbsoluteUri)).Single();
    }

    /// <inheritdoc/>
    public IReadOnlyList<WebhookEndpoint> Endpoints() => ReadEndpoints("WHERE e.url <> ''");

    /// <inheritdoc/>
    public void PauseEndpoint(AlertChannel channel, DateTimeOffset until) => Execute(
        "UPDATE webhook_endpoints SET paused_until = @t WHERE channel = @c;", ("t", _dialect.Time(until)), ("c", channel.Id));

    /// <inheritdoc/>
    public int DisableEndpoint(AlertChannel channel, string reason, DateTimeOffset at)
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbTransaction tx = _dialect.BeginWrite(connection);
            using (DbCommand cmd = connection.Command(
                "UPDATE webhook_endpoints SET disabled_at = coalesce(disabled_at, @at), disabled_reason = coalesce(disabled_reason, @r) WHERE channel = @c;", tx))
            {
                cmd.With("at", _dialect.Time(at));
                cmd.With("r", reason);
                cmd.With("c", channel.Id);
                cmd.ExecuteNonQuery();
            }

            int dead;
            using (DbCommand cmd = connection.Command(
                "UPDATE alert_deliveries SET dead_at = @at, next_attempt_at = NULL, last_error = coalesce(last_error || '; ', '') || @r WHERE channel = @c AND delivered_at IS NULL AND dead_at IS NULL;", tx))
            {
                cmd.With("at", _dialect.Time(at));
                cmd.With("r", reason);
                cmd.With("c", channel.Id);
                dead = cmd.ExecuteNonQuery();
            }

            tx.Commit();
            return dead;
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<DeadLetter> DeadLetters(AlertChannel? channel, int limit) => Read(
        $"SELECT {AlertColumns}, d.channel, d.attempts, d.last_error, d.dead_at FROM alerts a JOIN alert_deliveries d ON d.alert_id = a.id "
        + "WHERE d.dead_at IS NOT NULL AND d.delivered_at IS NULL" + (channel is null ? "" : " AND d.channel = @c") + " ORDER BY a.id, d.channel LIMIT @n;",
        r => new DeadLetter(ReadAlert(r), new AlertChannel(r.GetInt32(6)), r.GetInt32(7), r.IsDBNull(8) ? null : r.GetString(8), _dialect.ReadTime(r, 9)),
        channel is { } c ? [("c", c.Id), ("n", limit)] : [("n", limit)]);

    /// <inheritdoc/>
    public int Revive(AlertChannel channel, IReadOnlyCollection<string>? keys)
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbTransaction tx = _dialect.BeginWrite(connection);
            using (DbCommand cmd = connection.Command("UPDATE webhook_endpoints SET disabled_at = NULL, disabled_reason = NULL, paused_until = NULL WHERE channel = @c;", tx))
            {
                cmd.With("c", channel.Id);
                cmd.ExecuteNonQuery();
            }

            const string Revive = "UPDATE alert_deliveries SET dead_at = NULL, next_attempt_at = NULL, first_failed_at = NULL, attempts = 0 "
                + "WHERE channel = @c AND delivered_at IS NULL AND dead_at IS NOT NULL";
            int revived = 0;
            using (DbCommand cmd = connection.Command(keys is null ? Revive + ";" : Revive + " AND alert_id = (SELECT id FROM alerts WHERE idempotency_key = @k);", tx))
            {
                cmd.With("c", channel.Id);
                DbParameter key = cmd.Slot("k", DbType.String);
                foreach (string k in keys ?? [""])
                {
                    key.Value = k;
                    revived += cmd.ExecuteNonQuery();
                }
            }

            tx.Commit();
            return revived;
        }
        finally
        {
            _dialect.Release(connection);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<AlertRecord> RecentAlerts(int limit) =>
        ReadAlerts($"SELECT {AlertColumns} FROM alerts a ORDER BY a.id DESC LIMIT @n;", ("n", limit));

    /// <inheritdoc/>
    public IReadOnlyList<AlertRecord> LastScanAlerts() =>
        // A scan and its alerts are written in one transaction with the same time, so the time ties them together.
        ReadAlerts($"SELECT {AlertColumns} FROM alerts a WHERE a.created_at = (SELECT scanned_at FROM watch_scan WHERE id = 1) ORDER BY a.id;");

    private List<AlertRecord> ReadAlerts(string sql, params (string Name, object Value)[] parameters) => Read(sql, ReadAlert, parameters);

    private AlertRecord ReadAlert(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), _dialect.ReadTime(r, 5));

    private DateTimeOffset? ReadTimeOrNull(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : _dialect.ReadTime(r, ordinal);

    private List<WebhookEndpoint> ReadEndpoints(string where, params (string Name, object Value)[] parameters) => Read(
        "SELECT e.channel, e.url, e.format, e.disabled_at, e.disabled_reason, e.paused_until, "
        + "(SELECT count(*) FROM alert_deliveries d WHERE d.channel = e.channel AND d.delivered_at IS NOT NULL), "
        + "(SELECT count(*) FROM alert_deliveries d WHERE d.channel = e.channel AND d.delivered_at IS NULL AND d.dead_at IS NULL), "
        + "(SELECT count(*) FROM alert_deliveries d WHERE d.channel = e.channel AND d.delivered_at IS NULL AND d.dead_at IS NOT NULL) "
        + "FROM webhook_endpoints e " + where + " ORDER BY e.channel;",
        r => new WebhookEndpoint(new AlertChannel(r.GetInt32(0)), new Uri(r.GetString(1)), WebhookFormats.Parse(r.GetString(2)))
        {
            DisabledAt = ReadTimeOrNull(r, 3),
            DisabledReason = r.IsDBNull(4) ? null : r.GetString(4),
            PausedUntil = ReadTimeOrNull(r, 5),
            Delivered = Convert.ToInt32(r.GetValue(6), System.Globalization.CultureInfo.InvariantCulture),
            Pending = Convert.ToInt32(r.GetValue(7), System.Globalization.CultureInfo.InvariantCulture),
            Dead = Convert.ToInt32(r.GetValue(8), System.Globalization.CultureInfo.InvariantCulture),
        },
        parameters);

    private List<T> Read<T>(string sql, Func<DbDataReader, T> row, params (string Name, object Value)[] parameters)
    {
        DbConnection connection = _dialect.Connect();
        try
        {
            using DbCommand cmd = connection.Command(sql);
            foreach ((string name, object value) in parameters)
            {
                cmd.With(name, value);
            }

            var rows = new List<T>();
            using DbDataReader r = cmd.ExecuteReader();
            while (r.Read())
            {
                rows.Add(row(r));
            }

            return rows;
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
