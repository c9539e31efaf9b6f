using System.Globalization;
using Flowwatch.Analysis.Detection;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Reports.Html;
using Flowwatch.Reports.Sanctions;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>
/// Every loaded list's entries (each list named: publisher, list, version), with their aliases, regime, date listed and
/// reason, a search box that screens a name against all of them, and for each entry the findings and sample articles that
/// mention it. A long list is shown a page of <see cref="PageRows"/> entries at a time.
/// </summary>
internal static class SanctionsPage
{
    /// <summary>The most entries of one list shown on one page (the full OFAC list has some 17,000).</summary>
    public const int PageRows = 1000;

    private static readonly PartyKind[] Kinds = [PartyKind.Person, PartyKind.Entity, PartyKind.Vessel];

    /// <param name="sanctions">The lists.</param>
    /// <param name="snapshot">The store, for the findings that mention an entry.</param>
    /// <param name="q">A name to screen, if any.</param>
    /// <param name="reference">Only the entry with this reference (an entry's own page).</param>
    /// <param name="list">Only this list (its index among the lists), for paging through it.</param>
    /// <param name="page">The page of that list (from 1).</param>
    public static string Render(SanctionsView sanctions, StoreSnapshot snapshot, string? q, string? reference = null, int? list = null, int page = 1)
    {
        IReadOnlyList<SanctionsList> lists = sanctions.Screening.Lists;
        var html = new SafeHtmlWriter();
        html.Add($"""
            <h1>Sanctions lists</h1>
            <p class="lead">{lists.Sum(l => l.Parties.Count)} entries on {lists.Count} {(lists.Count == 1 ? "list" : "lists")}, the newest stored version of each. Screen a name in any romanization or script against all of them; the same search is <code>POST /api/screen</code>.</p>
            <ul class="lists">
            """);
        foreach (SanctionsList l in lists)
        {
            html.Add($"""<li>{ScreeningReports.ListName(l)}: {Count(l, PartyKind.Person)} individuals, {Count(l, PartyKind.Entity)} entities, {Count(l, PartyKind.Vessel)} vessels</li>""");
        }

        html.Add($"""
            </ul>
            <form method="get" action="/sanctions" class="screen-form"><label for="q">Name</label> <input id="q" name="q" type="search" maxlength="{ScreenEndpointLimit}" value="{q ?? ""}" placeholder="Lee Je-son, 박도춘, Пак То Чхун, Korea Yonbong General Corp."> <button type="submit">Screen</button></form>
            """);
        if (!string.IsNullOrWhiteSpace(q))
        {
            RenderResults(html, sanctions.Screening.Screen(new ScreeningQuery(q.Length > ScreenEndpointLimit ? q[..ScreenEndpointLimit] : q)), q, sanctions.List);
        }

        IReadOnlyList<Mention> mentions = Mentions(sanctions, snapshot);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < lists.Count; i++)
        {
            if (list is int only && only != i)
            {
                continue;
            }

            // One list's entries, persons first, each kind by reference; a page of PageRows at a time.
            var entries = Kinds.SelectMany(k => lists[i].Parties.Where(p => p.Kind == k && (reference is null || p.Reference == reference)).OrderBy(p => p.Reference, StringComparer.Ordinal)).ToList();
            if (entries.Count == 0)
            {
                continue;
            }

            int pages = (entries.Count + PageRows - 1) / PageRows;
            int shown = list == i ? Math.Clamp(page, 1, pages) : 1;
            html.Add($"""<section><h2>{ScreeningReports.ListName(lists[i])}</h2>""");
            if (pages > 1)
            {
                html.Add($"""<p class="muted">Entries {((shown - 1) * PageRows) + 1}–{Math.Min(shown * PageRows, entries.Count)} of {entries.Count}. Pages:""");
                for (int n = 1; n <= pages; n++)
                {
                    html.Add($""" <a href="{SafeUrl.Parse(string.Create(CultureInfo.InvariantCulture, $"/sanctions?list={i}&page={n}"))}">{n}</a>""");
                }

                html.Add($"</p>");
            }

            foreach (IGrouping<PartyKind, DesignatedParty> kind in entries.Skip((shown - 1) * PageRows).Take(PageRows).GroupBy(p => p.Kind))
            {
                html.Add($"""<h3>{KindTitle(kind.Key)}</h3><div class="table-wrap"><table class="sanctions"><thead><tr><th>Reference</th><th>Name</th><th>Aliases</th><th>Regime</th><th>Listed</th><th>Reason given</th><th>Mentioned in</th></tr></thead><tbody>""");
                foreach (DesignatedParty p in kind)
                {
                    // The same reference on two lists (a list and its conversion) keeps the page's anchors unique.
                    string id = ids.Add(p.Reference) ? p.Reference : string.Create(CultureInfo.InvariantCulture, $"{p.Reference}-list{i}");
                    ids.Add(id);
                    html.Add($"""<tr id="{id}"><td class="nowrap"><a href="/sanctions/{Uri.EscapeDataString(p.Reference)}">{p.Reference}</a></td><td>{p.Name}{(p.BirthDates.Count > 0 ? " (born " + string.Join(", ", p.BirthDates) + ")" : "")}</td><td>{string.Join("; ", p.Names.Skip(1).Select(n => n.Text + (n.Quality == AliasQuality.Low ? " (weak)" : "")))}</td><td>{DesignatedNameReports.Regime(p.Regime)}</td><td class="nowrap">{p.ListedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"}</td><td class="small">{p.Reason}</td><td>""");
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

                html.Add($"</tbody></table></div>");
            }

            html.Add($"</section>");
        }

        return Layout.Render("Sanctions", "sanctions", html.ToTrusted());
    }

    private static int Count(SanctionsList list, PartyKind kind) => list.Parties.Count(p => p.Kind == kind);

    private static string KindTitle(PartyKind kind) => kind switch
    {
        PartyKind.Person => "Individuals",
        PartyKind.Vessel => "Vessels",
        _ => "Entities",
    };

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
