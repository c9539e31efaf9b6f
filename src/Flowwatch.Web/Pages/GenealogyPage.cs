using System.Globalization;
using System.Text.Json;
using Flowwatch.Analysis.Trace;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Reports.Html;
using Flowwatch.Reports.Trace;

namespace Flowwatch.Web.Pages;

/// <summary>
/// /articles/figure: one figure's genealogy: a timeline of the articles' claims (publication day across, the claimed
/// value up, coloured by verdict), each variant's first appearance and its repeats, and every claim in date order.
/// </summary>
internal static class GenealogyPage
{
    public static string? Render(TraceResult trace, string? dataset, string? reporter, string? partner, string? breakdown, string? period)
    {
        if (!DatasetId.TryParse(dataset ?? "", out DatasetId d) || !Country.TryParse(reporter ?? "", out Country r) || !Country.TryParse(partner ?? "", out Country p)
            || !Breakdown.TryParse(breakdown ?? "", out Breakdown b) || !Period.TryParse(period ?? "", out Period when))
        {
            return null;
        }

        var figure = new FigureRef(new SeriesKey(d, r, p, b), when);
        FigureGenealogy? g = trace.Figures.FirstOrDefault(x => x.Figure == figure);
        if (g is null)
        {
            return null;
        }

        var chart = new GenealogyChartJson(g.Value, [.. g.Claims.Select(c => new GenealogyPointJson(c.Article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Article.Outlet, c.Text, c.Claimed, ClaimReports.Name(c.Verdict), c.Reading))]);
        var html = new SafeHtmlWriter();
        html.Add($"""
            <p class="crumbs"><a href="/articles">Articles</a> › genealogy</p>
            <h1>{TraceReports.Title(g.Figure)}</h1>
            <p class="lead">Published: <strong>{(g.Value is { } v ? Format.Number(v) : "not published by the articles' dates")}</strong>. {g.Claims.Count} claims in {g.Claims.Select(c => c.Article.Sha256).Distinct().Count()} articles; {g.Variants.Count} variants, {g.Variants.Count(x => x.IsWrong)} of them wrong or reframed.</p>
            <figure class="chart-figure">
            <div class="chart-box"><canvas id="genealogy" class="genealogy-chart" role="img" aria-label="Timeline of the articles' claims about {TraceReports.Title(g.Figure)}: publication day across, value claimed up, coloured by verdict"
             data-genealogy="{JsonSerializer.Serialize(chart, ChartJsonContext.Default.GenealogyChartJson)}"></canvas></div>
            <figcaption class="chart-legend">One mark per article's claim: green supported, amber partly supported (a reframed figure), red contradicted; the dashed line is the published figure. Hover for the outlet and the words.</figcaption>
            </figure>
            <section><h2>Variants: where each version of the number first appeared, and who repeated it</h2>
            """);
        html.Trusted(TraceReports.VariantTable(g));
        html.Add($"""</section><section><h2>Every claim, in publication order</h2><div class="table-wrap"><table class="claims"><thead><tr><th>Published</th><th>Outlet</th><th>Words</th><th class="num">Claimed</th><th>Verdict</th><th>Reading</th><th>Sentence</th></tr></thead><tbody>""");
        foreach (TracedClaim c in g.Claims)
        {
            string verdict = ClaimReports.Name(c.Verdict);
            html.Add($"""<tr class="claim {verdict}"><td>{c.Article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</td><td>""");
            html.Link(c.Article.Url, c.Article.Outlet);
            html.Add($"""</td><td>{c.Text}</td><td class="num">{Format.Number(c.Claimed)}</td><td>{verdict}</td><td>{c.Reading}</td><td>{c.Sentence}</td></tr>""");
        }

        html.Add($"</tbody></table></div></section>");
        return Layout.Render("Genealogy", "articles", html.ToTrusted(), "/assets/lib/chartjs/chart.umd.min.js", "/assets/lib/chartjs-plugin-annotation/chartjs-plugin-annotation.min.js", "/assets/js/genealogy-chart.js");
    }
}

/// <summary>A figure's genealogy as its chart reads it (the canvas's <c>data-genealogy</c>).</summary>
internal sealed record GenealogyChartJson(
    [property: System.Text.Json.Serialization.JsonPropertyName("value")] decimal? Value,
    [property: System.Text.Json.Serialization.JsonPropertyName("claims")] IReadOnlyList<GenealogyPointJson> Claims);

/// <summary>One article's claim on the chart.</summary>
internal sealed record GenealogyPointJson(
    [property: System.Text.Json.Serialization.JsonPropertyName("published")] string Published,
    [property: System.Text.Json.Serialization.JsonPropertyName("outlet")] string Outlet,
    [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text,
    [property: System.Text.Json.Serialization.JsonPropertyName("claimed")] decimal Claimed,
    [property: System.Text.Json.Serialization.JsonPropertyName("verdict")] string Verdict,
    [property: System.Text.Json.Serialization.JsonPropertyName("reading")] string Reading);
