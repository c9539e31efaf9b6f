using Flowwatch.Application.Queries;
using Flowwatch.Reports;
using Flowwatch.Reports.Html;
using Flowwatch.Web.Api;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>The ingested files and the bundled citations.</summary>
internal static class SourcesPage
{
    public static string Render(StoreSnapshot snapshot)
    {
        SourcesListing sources = SourcesQuery.List(snapshot.Sources);
        var html = new SafeHtmlWriter();
        html.Add($"""
            <h1>Sources</h1>
            <p class="lead">Every figure comes from an ingested file and, for figures reported by the press, from the articles that cite the official table. The same list is at <a href="/api/sources">/api/sources</a>.</p>
            <section><h2>Ingested files</h2>
            <div class="table-wrap"><table><thead><tr><th>File</th><th>Format</th><th>Publisher</th><th>Published</th><th>Ingested</th><th class="num">Rows</th><th>SHA-256</th></tr></thead><tbody>
            """);
        foreach (SourceFileRow f in sources.Files)
        {
            string published = f.Published is { Length: > 0 } p ? p : "—";
            html.Add($"""<tr><td>{f.File}{(f.Synthetic ? " (synthetic)" : "")}</td><td>{f.Format}</td><td>{f.Publisher}</td><td>{published}</td><td>{Format.Date(f.IngestedAt)}</td><td class="num">{f.Rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}</td><td><code class="hash" title="{f.Sha256}">{f.Sha256[..Math.Min(12, f.Sha256.Length)]}…</code></td></tr>""");
        }

        html.Add($"""
            </tbody></table></div></section>
            <section><h2>Bundled citations</h2>
            <div class="table-wrap"><table><thead><tr><th>Id</th><th>Outlet</th><th>Date</th><th>Language</th><th>Address</th></tr></thead><tbody>
            """);
        foreach (CitationRow c in sources.Citations)
        {
            html.Add($"""<tr id="cite-{c.Id}"><td><code>{c.Id}</code></td><td>{c.Outlet}</td><td class="nowrap">{c.Date}</td><td>{c.Language}</td><td class="url">""");
            if (Format.WebAddress(c.Url) is { } address)
            {
                html.Add($"""<a href="{address}" rel="noopener noreferrer">{c.Url}</a>""");
            }
            else
            {
                html.Add($"{c.Url}");
            }

            html.Add($"</td></tr>");
        }

        html.Add($"""
            </tbody></table></div></section>
            <section><h2>Context events</h2>
            <p>Drawn as markers on the charts; edit <code>data/events.csv</code> to add one.</p>
            <div class="table-wrap"><table><thead><tr><th>Date</th><th>Event</th><th>Kind</th><th>Source</th></tr></thead><tbody>
            """);
        foreach (EventDto e in ApiEndpoints.Events())
        {
            html.Add($"""<tr><td class="nowrap">{e.Date}</td><td>{e.Title}</td><td>{e.Kind}</td><td>""");
            if (Format.WebAddress(e.SourceUrl) is { } address)
            {
                html.Add($"""<a href="{address}" rel="noopener noreferrer">source</a>""");
            }

            html.Add($"</td></tr>");
        }

        html.Add($"</tbody></table></div></section>");
        return Layout.Render("Sources", "sources", html.ToTrusted());
    }
}
