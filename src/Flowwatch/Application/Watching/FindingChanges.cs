using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Flowwatch.Analysis.Detection;
using Flowwatch.Reports;
using Flowwatch.Store;

namespace Flowwatch.Application.Watching;

/// <summary>Compares the findings of two scans by their stable ids.</summary>
public static class FindingChanges
{
    /// <summary>The finding as the watcher remembers it: severity, a fingerprint of its numbers, and its JSON.</summary>
    public static WatchedFinding Remember(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        FindingRow row = FindingRows.From([finding])[0];
        return new WatchedFinding(finding.Id, (int)finding.Severity, Fingerprint(finding), JsonSerializer.Serialize(row, WatchJsonContext.Default.FindingRow));
    }

    /// <summary>
    /// The changes from <paramref name="before"/> to <paramref name="after"/>, in a stable order (by kind, then id).
    /// Severity and score can move without the figures moving (a new rule, a longer history for the baseline); only
    /// a change of the numbers the finding states (observed, baseline, the figures it rests on) is a revision.
    /// </summary>
    /// <param name="before">The previous scan's findings.</param>
    /// <param name="after">This scan's findings.</param>
    public static IReadOnlyList<FindingChange> Compare(IReadOnlyList<WatchedFinding> before, IReadOnlyList<Finding> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var previous = new Dictionary<string, WatchedFinding>(StringComparer.Ordinal);
        foreach (WatchedFinding w in before)
        {
            previous[w.Id] = w;
        }

        var changes = new List<FindingChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Finding f in after)
        {
            if (!seen.Add(f.Id))
            {
                continue;
            }

            WatchedFinding now = Remember(f);
            if (!previous.TryGetValue(f.Id, out WatchedFinding? was))
            {
                changes.Add(new FindingChange(ChangeKind.New, f.Id, f, null, now));
            }
            else if (now.Severity > was.Severity)
            {
                changes.Add(new FindingChange(ChangeKind.Escalated, f.Id, f, was, now));
            }
            else if (!string.Equals(now.Fingerprint, was.Fingerprint, StringComparison.Ordinal))
            {
                changes.Add(new FindingChange(ChangeKind.Revised, f.Id, f, was, now));
            }
        }

        changes.AddRange(before.Where(w => !seen.Contains(w.Id)).Select(w => new FindingChange(ChangeKind.Resolved, w.Id, null, w, null)));
        return changes.OrderBy(c => c.Kind).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the finding's numbers, invariant text.</summary>
    public static string Fingerprint(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{finding.Observed}|{finding.Baseline}");
        foreach (var o in finding.Evidence.OrderBy(o => o.Key.ToString(), StringComparer.Ordinal).ThenBy(o => o.Period.ToString(), StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"|{o.Key} {o.Period}={o.Value}");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))[..8]);
    }
}
