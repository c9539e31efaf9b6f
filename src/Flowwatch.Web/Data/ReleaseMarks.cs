using Flowwatch.Store;

namespace Flowwatch.Web.Data;

/// <summary>
/// Which findings the latest release changed, as `flowwatch watch` recorded it: the dashboard marks them. Read from the
/// watch store, never computed here, so the page and the alerts cannot disagree about what is new.
/// </summary>
internal sealed class ReleaseMarks
{
    /// <summary>The change kinds that mark a finding still raised (a resolved finding is no longer listed).</summary>
    private static readonly string[] Marked = ["new", "escalated", "revised"];

    private readonly Dictionary<string, string> _byFinding;

    private ReleaseMarks(Dictionary<string, string> byFinding, string signature)
    {
        _byFinding = byFinding;
        Signature = signature;
    }

    /// <summary>Nothing marked: a store never watched, or a latest release that changed no finding.</summary>
    public static ReleaseMarks None { get; } = new([], "");

    /// <summary>Identifies these marks, for caching pages that show them.</summary>
    public string Signature { get; }

    public int Count => _byFinding.Count;

    public static ReleaseMarks From(IReadOnlyList<AlertRecord> lastScan)
    {
        var byFinding = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (AlertRecord alert in lastScan)
        {
            if (Marked.Contains(alert.Kind, StringComparer.Ordinal))
            {
                byFinding[alert.FindingId] = alert.Kind;
            }
        }

        return byFinding.Count == 0 ? None : new(byFinding, string.Join(",", lastScan.Select(a => a.Key)));
    }

    /// <summary>The change the latest release made to a finding (new, escalated, revised), or null.</summary>
    public string? Of(string findingId) => _byFinding.GetValueOrDefault(findingId);
}
