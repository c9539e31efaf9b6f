using System.Globalization;
using Flowwatch.Analysis.Trace;
using Flowwatch.Reports.Html;
using Flowwatch.Reports.Trace;

namespace Flowwatch.Web.Pages;

/// <summary>/articles: the stored articles, and the figures their claims are about with a link to each genealogy.</summary>
internal static class ArticlesPage
{
    public static string Render(TraceResult trace)
    {
        var html = new SafeHtmlWriter();
        html.Add($"""
            <h1>Articles</h1>
            <p class="lead">{trace.Articles.Count} articles in the store, checked against the figures published by each one's date. Load more with <code>flowwatch ingest FOLDER</code> or <code>flowwatch watch FOLDER</code>.</p>
            <section><h2>Figures the articles state</h2>
            """);
        if (trace.Figures.Count == 0)
        {
            html.Add($"""<p class="muted">No stored article states a figure the store holds.</p>""");
        }
        else
        {
            html.Add($"""<div class="table-wrap"><table class="figures-traced"><thead><tr><th>Figure</th><th class="num">Published</th><th class="num">Claims</th><th class="num">Variants</th><th class="num">Wrong or reframed</th></tr></thead><tbody>""");
            foreach (FigureGenealogy g in trace.Figures.OrderByDescending(g => g.Claims.Count).ThenBy(g => g.Figure.Period))
            {
                html.Add($"""<tr><td><a href="{SafeUrl.Parse(TraceReports.Page(g.Figure))}">{TraceReports.Title(g.Figure)}</a></td><td class="num">{(g.Value is { } v ? Format.Number(v) : "—")}</td><td class="num">{g.Claims.Count}</td><td class="num">{g.Variants.Count}</td><td class="num">{g.Variants.Count(x => x.IsWrong)}</td></tr>""");
            }

            html.Add($"</tbody></table></div>");
        }

        html.Add($"""</section><section><h2>Stored articles</h2><div class="table-wrap"><table class="articles"><thead><tr><th>Published</th><th>Outlet</th><th>Language</th><th class="num">Claims on figures</th><th>Names as sources</th></tr></thead><tbody>""");
        foreach (TracedArticle a in trace.Articles)
        {
            html.Add($"""<tr class="article"><td>{a.Article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</td><td>""");
            html.Link(a.Article.Url, a.Article.Outlet);
            html.Add($"""</td><td>{a.Language}</td><td class="num">{a.Claims.Count(c => c.Figure is not null)}</td><td>{string.Join(", ", a.Cited)}</td></tr>""");
        }

        html.Add($"</tbody></table></div></section>");
        return Layout.Render("Articles", "articles", html.ToTrusted());
    }
}
