using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Reports.Sanctions;
using Flowwatch.Store;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Application.Watching;

/// <summary>Turns the difference between two sanctions-list versions (<see cref="SanctionsDiff"/>) into one alert per entry changed.</summary>
public static class ListAlertComposer
{
    /// <summary>What <see cref="AlertRecord.FindingId"/> holds for a list alert: this prefix and the entry's reference number.</summary>
    public const string SubjectPrefix = "sanctions:";

    /// <summary>The alerts for <paramref name="diff"/>: added, then removed, then amended entries, each in list order.</summary>
    /// <param name="diff">The comparison of the two versions.</param>
    /// <param name="older">The version watched before.</param>
    /// <param name="newer">The new version.</param>
    /// <param name="site">The dashboard's base address (entries are under /sanctions/REF).</param>
    /// <param name="at">When the change was seen.</param>
    public static IReadOnlyList<AlertRecord> Compose(SanctionsDiff diff, SanctionsListVersion older, SanctionsListVersion newer, Uri site, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(site);
        var alerts = new List<AlertRecord>(diff.Added.Count + diff.Removed.Count + diff.Amended.Count);
        alerts.AddRange(diff.Added.Select(p => Alert("added", p, null)));
        alerts.AddRange(diff.Removed.Select(p => Alert("removed", p, null)));
        alerts.AddRange(diff.Amended.Select(a => Alert("amended", a.After, a.Changes)));
        return alerts;

        AlertRecord Alert(string change, DesignatedParty party, IReadOnlyList<FieldChange>? changes)
        {
            string key = KeyOf(change, party.Reference, older.Document.Sha256, newer.Document.Sha256);
            var message = new ListAlertMessage
            {
                Key = key,
                Change = change,
                Entry = ListEntryRef.From(party),
                Fields = changes?.Select(c => c.Field).ToList(),
                Changes = changes?.Select(c => new ListFieldChange { Field = c.Field, Before = c.Before, After = c.After, Description = FieldChangeText.Describe(c) }).ToList(),
                Release = Ref(newer),
                PreviousRelease = Ref(older),
                Link = new Uri(site, "sanctions/" + Uri.EscapeDataString(party.Reference)).ToString(),
                DetectedAt = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            };
            string what = changes is null ? "" : " (" + string.Join(", ", changes.Select(c => c.Field)) + ")";
            string title = $"{change}: sanctions list {party.Regime} {party.Reference} {party.Name}{what}";
            return new AlertRecord(key, change, SubjectPrefix + party.Reference, title, JsonSerializer.Serialize(message, WatchJsonContext.Default.ListAlertMessage), at);
        }
    }

    /// <summary>
    /// The key depends only on the change (kind, entry, the two versions' SHA-256s), never on the clock: a watcher
    /// killed before recording computes the same keys when it compares the versions again.
    /// </summary>
    private static string KeyOf(string change, string reference, string olderSha, string newerSha)
    {
        string text = string.Join('|', "list", change, reference, olderSha, newerSha);
        return "fw-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16]);
    }

    private static ReleaseRef Ref(SanctionsListVersion version) =>
        new() { File = version.Document.FileName, Sha256 = version.Document.Sha256, Basis = "list" };
}
