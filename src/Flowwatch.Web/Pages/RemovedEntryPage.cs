using System.Globalization;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Reports.Html;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Web.Pages;

/// <summary>
/// The page of an entry the newest list version no longer has: a link to a delisted party (from an old alert, a report,
/// a bookmark) says when and by which version it was removed and what it said when last listed, instead of a 404.
/// </summary>
internal static class RemovedEntryPage
{
    public static string Render(RemovedEntry removed)
    {
        DesignatedParty p = removed.Party;
        var html = new SafeHtmlWriter();
        html.Add($"""
            <h1>{p.Reference}: {p.Name} — removed from the list</h1>
            <p class="lead">This entry is not on the newest stored version of the list. It was removed in the version generated {Date(removed.RemovedIn)} (file {removed.RemovedIn.Document.FileName}, SHA-256 <code class="hash" title="{removed.RemovedIn.Document.Sha256}">{removed.RemovedIn.Document.Sha256[..12]}…</code>); the last version that listed it was generated {Date(removed.LastListedIn)} (file {removed.LastListedIn.Document.FileName}, SHA-256 <code class="hash" title="{removed.LastListedIn.Document.Sha256}">{removed.LastListedIn.Document.Sha256[..12]}…</code>).</p>
            <section><h2>As last listed</h2><dl>
            <dt>Name</dt><dd>{p.Name}</dd>
            <dt>Aliases</dt><dd>{(p.Names.Count > 1 ? string.Join("; ", p.Names.Skip(1).Select(n => n.Text)) : "—")}</dd>
            <dt>Regime</dt><dd>{p.Regime}</dd>
            <dt>Listed on</dt><dd>{p.ListedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"}</dd>
            <dt>Reason given</dt><dd>{(p.Reason.Length > 0 ? p.Reason : "—")}</dd>
            </dl></section>
            <p><a href="/sanctions">The list as it stands</a></p>
            """);
        return Layout.Render(p.Reference + " (removed)", "sanctions", html.ToTrusted());
    }

    private static string Date(SanctionsListVersion version) => version.Generated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
