using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Store;

namespace Flowwatch.Application.Watching;

/// <summary>Turns the changes of one scan into alerts, each with its release, its link and its idempotency key.</summary>
public static class AlertComposer
{
    /// <summary>The alerts for <paramref name="changes"/>.</summary>
    /// <param name="changes">What changed.</param>
    /// <param name="newSources">The files in the store now that the previous scan did not read, oldest first.</param>
    /// <param name="site">The dashboard's base address (finding pages are under /findings/ID).</param>
    /// <param name="at">When the change was seen.</param>
    public static IReadOnlyList<AlertRecord> Compose(IReadOnlyList<FindingChange> changes, IReadOnlyList<SourceDocument> newSources, Uri site, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(newSources);
        ArgumentNullException.ThrowIfNull(site);
        var bySha = newSources.ToDictionary(s => s.Sha256, StringComparer.Ordinal);
        var alerts = new List<AlertRecord>(changes.Count);
        foreach (FindingChange change in changes)
        {
            ReleaseRef? release = ReleaseOf(change.Current, bySha, newSources);
            FindingRow row = change.Current is { } f
                ? FindingRows.From([f])[0]
                : JsonSerializer.Deserialize(change.Previous!.Body, WatchJsonContext.Default.FindingRow)!;
            string key = KeyOf(change, release);
            var message = new AlertMessage
            {
                Key = key,
                Change = ChangeKinds.Code(change.Kind),
                Finding = row,
                PreviousSeverity = change.Kind is ChangeKind.Escalated or ChangeKind.Revised ? FindingRows.SeverityCode((Severity)change.Previous!.Severity) : null,
                Release = release,
                Link = new Uri(site, "findings/" + Uri.EscapeDataString(change.Id)).ToString(),
                DetectedAt = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            };
            // A feed reader sees the title only: the countries in words, as the finding's own sentence names them.
            string title = $"{message.Change}: {row.Severity} {row.Detector}, {Named(row.Reporter)} / {Named(row.Partner)} ({row.Reporter}-{row.Partner}), {row.Dataset}/{row.Breakdown} {row.Period}";
            alerts.Add(new AlertRecord(key, message.Change, change.Id, title, JsonSerializer.Serialize(message, WatchJsonContext.Default.AlertMessage), at));
        }

        return alerts;
    }

    private static string Named(string code) => Country.TryParse(code, out Country c) ? c.EnglishName : code;

    /// <summary>
    /// The key depends only on the change (kind, finding, its numbers before and after, the release), never on the
    /// clock: a watcher killed after scanning but before recording computes the same keys when it scans again.
    /// </summary>
    private static string KeyOf(FindingChange change, ReleaseRef? release)
    {
        string text = string.Join('|', ChangeKinds.Code(change.Kind), change.Id, change.Previous?.Fingerprint ?? "-", change.Now?.Fingerprint ?? "-",
            change.Now?.Severity.ToString(CultureInfo.InvariantCulture) ?? "-", release?.Sha256 ?? "-");
        return "fw-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16]);
    }

    private static ReleaseRef? ReleaseOf(Finding? finding, Dictionary<string, SourceDocument> bySha, IReadOnlyList<SourceDocument> newSources)
    {
        if (newSources.Count == 0)
        {
            return null;
        }

        if (finding is not null)
        {
            foreach (Witness w in finding.Evidence.SelectMany(o => o.Witnesses.Concat(o.Superseded)))
            {
                if (bySha.TryGetValue(w.Provenance.Document.Sha256, out SourceDocument? doc))
                {
                    return new ReleaseRef { File = doc.FileName, Sha256 = doc.Sha256, Basis = "witness" };
                }
            }
        }

        SourceDocument latest = newSources[^1];
        return new ReleaseRef { File = latest.FileName, Sha256 = latest.Sha256, Basis = "scan" };
    }
}
