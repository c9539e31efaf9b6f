using System.Globalization;
using Flowwatch.Analysis.Detection;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Reports.Html;
using Flowwatch.Reports.Sanctions;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>
/// The DPRK (1718 Committee) entries of the UN list with their aliases, a search box that screens a
/// name, and for each entry the findings and sample articles that mention it.
/// </summary>
internal static class SanctionsPage
{
    public static string Render(SanctionsView sanctions, StoreSnapshot snapshot, string? q, string? reference = null)
    {
        SanctionsList list = sanctions.List;
        var html = new SafeHtmlWriter();
        html.Add($"""
            <h1>Sanctions: the UN 1718 Committee (DPRK) list</h1>
            <p class="lead">{list.Parties.Count(p => p.IsDprk && p.Kind == PartyKind.Person)} individuals and {list.Parties.Count(p => p.IsDprk && p.Kind == PartyKind.Entity)} entities designated by the Security Council's 1718 Committee, from the UN consolidated list generated {list.Generated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (SHA-256 <code class="hash" title="{list.Document.Sha256}">{list.Document.Sha256[..12]}…</code>). Screen a name in any romanization, in Hangul or in Cyrillic; the same search is <code>POST /api/screen</code>.</p>
            <form method="get" action="/sanctions" class="screen-form"><label for="q">Name</label> <input id="q" name="q" type="search" maxlength="{ScreenEndpointLimit}" value="{q ?? ""}" placeholder="Lee Je-son, 박도춘, Пак То Чхун, Korea Yonbong General Corp."> <button type="submit">Screen</button></form>
            """);
        if (!string.IsNullOrWhiteSpace(q))
        {
            RenderResults(html, sanctions.Screening.Screen(new ScreeningQuery(q.Length > ScreenEndpointLimit ? q[..ScreenEndpointLimit] : q)), q, list);
        }

        IReadOnlyList<Mention> mentions = Mentions(sanctions, snapshot);
        foreach (PartyKind kind in new[] { PartyKind.Person, PartyKind.Entity })
        {
            html.Add($"""<section><h2>{(kind == PartyKind.Person ? "Individuals" : "Entities")}</h2><div class="table-wrap"><table class="sanctions"><thead><tr><th>Reference</th><th>Name</th><th>Aliases</th><th>Listed</th><th>Reason given</th><th>Mentioned in</th></tr></thead><tbody>""");
            foreach (DesignatedParty p in list.Parties.Where(p => p.IsDprk && p.Kind == kind && (reference is null || p.Reference == reference)).OrderBy(p => p.Reference, StringComparer.Ordinal))
            {
                html.Add($"""<tr id="{p.Reference}"><td class="nowrap"><a href="/sanctions/{Uri.EscapeDataString(p.Reference)}">{p.Reference}</a></td><td>{p.Name}{(p.BirthDates.Count > 0 ? " (born " + string.Join(", ", p.BirthDates) + ")" : "")}</td><td>{string.Join("; ", p.Names.Skip(1).Select(n => n.Text + (n.Quality == AliasQuality.Low ? " (weak)" : "")))}</td><td class="nowrap">{p.ListedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"}</td><td class="small">{p.Reason}</td><td>""");
                var here = mentions.Where(m => m.Reference == p.Reference).ToList();
                if (here.Count == 0)
                {
                    html.Add($"""<span class="muted">—</span>""");
                }

                foreach (Mention m in here)
                {
                    html.Add($"""<a href="{m.Href}">{m.Label}</a> """);
                }

                html.Add($"</td></tr>");
            }

            html.Add($"</tbody></table></div></section>");
        }

        return Layout.Render("Sanctions", "sanctions", html.ToTrusted());
    }

    private const int ScreenEndpointLimit = Api.ScreenEndpoint.MaxNameLength;

    private static void RenderResults(SafeHtmlWriter html, IReadOnlyList<ScreeningMatch> matches, string q, SanctionsList list)
    {
        html.Add($"""<section class="result"><h2>Screening “{q}”</h2>""");
        if (!matches.Any(m => m.Alert))
        {
            html.Add($"""<p>{ScreeningReports.NoAlert(q, matches.Select(m => m.List).OfType<SanctionsList>().Distinct().DefaultIfEmpty(list).ToList())}</p>""");
            if (matches.Count == 0)
            {
                html.Add($"</section>");
                return;
            }
        }

        html.Add($"""<div class="table-wrap"><table><thead><tr><th>Decision</th><th class="num">Score</th><th>Reference</th><th>Name</th><th>Matched</th><th>Regime</th><th>Why</th></tr></thead><tbody>""");
        foreach (ScreeningMatch m in matches)
        {
            html.Add($"""<tr class="{(m.Alert ? "alert" : "")}"><td>{(m.Alert ? "ALERT" : "no alert")}</td><td class="num">{m.Score.ToString("0.00", CultureInfo.InvariantCulture)}</td><td><a href="/sanctions/{Uri.EscapeDataString(m.Party.Reference)}">{m.Party.Reference}</a></td><td>{m.Party.Name}</td><td>{m.MatchedName.Text}</td><td>{DesignatedNameReports.Regime(m.Party.Regime)}</td><td class="small">{m.Explanation}</td></tr>""");
        }

        html.Add($"</tbody></table></div></section>");
    }

    /// <summary>Which findings and the seed article name a listed party (found with the article marker), once per store version.</summary>
    private static IReadOnlyList<Mention> Mentions(SanctionsView sanctions, StoreSnapshot snapshot) =>
        sanctions.Cached(snapshot.Version, () =>
        {
            var found = new List<Mention>();
            foreach (Finding f in snapshot.Findings)
            {
                foreach (DesignatedNameMark m in sanctions.Screening.MarkNames(f.Explanation))
                {
                    found.Add(new Mention(m.Match.Party.Reference, SafeUrl.Parse("/findings/" + Uri.EscapeDataString(f.Id)), "finding " + f.Id));
                }
            }

            foreach (DesignatedNameMark m in sanctions.Screening.MarkNames(SeedArticle.Text).DistinctBy(m => m.Match.Party.Reference))
            {
                found.Add(new Mention(m.Match.Party.Reference, SafeUrl.Parse("/check"), "the seed article"));
            }

            return found;
        });
}

/// <summary>A finding or article that names a listed party.</summary>
internal sealed record Mention(string Reference, SafeUrl Href, string Label);
