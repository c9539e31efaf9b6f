using System.Globalization;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Reports.Html;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>One finding: its explanation, the chart around it, the rules it bears on, the evidence and the events near it.</summary>
internal static class FindingPage
{
    public static string? Render(StoreSnapshot snapshot, string id)
    {
        Finding? f = snapshot.Findings.FirstOrDefault(x => string.Equals(x.Id, id, StringComparison.Ordinal));
        if (f is null)
        {
            return null;
        }

        string severity = FindingRows.SeverityCode(f.Severity);
        string by = f.Period.Kind switch { PeriodKind.Year => "year", PeriodKind.Half => "half", PeriodKind.Month => "month", _ => "quarter" };
        var choice = new SeriesChoice(f.Key.Partner, f.Key.Reporter, f.Key.Dataset, by, "lines");
        var html = new SafeHtmlWriter();
        html.Add($"""
            <p class="crumbs"><a href="/">Overview</a> › finding <code>{f.Id}</code></p>
            <h1>{Format.Label(f.Detector.Replace('-', ' '))}: {Format.Label(f.Key.Breakdown.Code)}, {f.Period.ToString()}</h1>
            <p class="lead"><span class="badge badge-{severity}">{severity}</span> {f.Explanation}</p>
            <section><h2>The numbers</h2><div class="table-wrap"><table><tbody>
            <tr><th>Series</th><td><a href="/series?{choice.PageQuery(by, "lines")}">{Format.DatasetTitle(f.Key.Dataset)}</a> · {Format.CountryName(f.Key.Partner)} → {Format.CountryName(f.Key.Reporter)} · {Format.Label(f.Key.Breakdown.Code)}</td></tr>
            <tr><th>Period</th><td>{f.Period.ToString()}</td></tr>
            <tr><th>Observed</th><td>{(f.Observed is { } o ? Format.Number(o) : "—")}</td></tr>
            <tr><th>Baseline</th><td>{(f.Baseline is { } b ? Format.Number(b) : "—")}</td></tr>
            <tr><th>Ratio</th><td>{(f.Ratio is { } r ? r.ToString("0.##", CultureInfo.InvariantCulture) + "×" : "—")}</td></tr>
            <tr><th>Score</th><td>{f.Score.ToString("0.##", CultureInfo.InvariantCulture)}</td></tr>
            </tbody></table></div></section>
            """);
        FindingChartJson mark = FindingChartJson.From(FindingChartData.For(f, snapshot.Current));
        html.Add($"""<section><h2>{(mark.Comparison is null ? "The series around it" : "The published total and its parts")}</h2>""");
        html.Trusted(ChartBlock.Render(choice, mark));
        html.Add($"</section><section><h2>The rules it bears on</h2>");
        if (f.Rules.Count == 0)
        {
            html.Add($"""<p class="muted">No sanctions rule targets this series directly.</p>""");
        }
        else
        {
            html.Add($"""<ul class="rules">""");
            foreach (Rule rule in f.Rules)
            {
                html.Add($"""<li><strong>{rule.Reference}</strong> ({rule.Id}), adopted {rule.Adopted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(rule.Deadline is { } d ? ", deadline " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}: {rule.Summary} """);
                html.Trusted(Format.CitationLink("text", rule.SourceUrl, rule.Reference));
                html.Add($"</li>");
            }

            html.Add($"</ul>");
        }

        html.Add($"""</section><section><h2>Evidence</h2><div class="table-wrap"><table class="figures"><thead><tr><th>Period</th><th>Category</th><th class="num">Value</th><th>Flag</th><th>Sources</th></tr></thead><tbody>""");
        foreach (Observation e in f.Evidence.OrderBy(e => e.Period).ThenBy(e => e.Key.Breakdown.Code, StringComparer.Ordinal))
        {
            string flag = Format.FlagText(SeriesRows.FlagCode(e.Flag));
            html.Add($"""<tr class="{(e.Period == f.Period && e.Key == f.Key ? "highlight" : "")}"><td>{e.Period.ToString()}</td><td>{Format.Label(e.Key.Breakdown.Code)}</td><td class="num">{Format.Number(e.Value)}</td><td>""");
            if (flag.Length > 0)
            {
                html.Add($"""<span class="badge badge-{SeriesRows.FlagCode(e.Flag)}">{flag}</span>""");
            }

            html.Add($"</td><td>");
            foreach (Citation c in e.Provenance.Citations)
            {
                html.Trusted(Format.CitationLink(c.Id.Length > 0 ? c.Id : c.Outlet, c.Url, $"{c.Outlet}, {c.Date}"));
            }

            html.Add($"""<span class="locator">{e.Provenance.Document.FileName}, {e.Provenance.Locator.ToString()}</span></td></tr>""");
        }

        html.Add($"</tbody></table></div></section>");
        if (f.Events.Count > 0)
        {
            html.Add($"""<section><h2>Events near it</h2><ul>""");
            foreach (ContextEvent e in f.Events)
            {
                html.Add($"""<li><strong>{e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</strong> {e.Title} """);
                html.Trusted(Format.CitationLink("source", e.SourceUrl, e.Title));
                html.Add($"</li>");
            }

            html.Add($"</ul></section>");
        }

        return Layout.Render($"Finding {f.Id}", "findings", html.ToTrusted(), "/assets/lib/chartjs/chart.umd.min.js", "/assets/lib/chartjs-plugin-annotation/chartjs-plugin-annotation.min.js", "/assets/js/chart-series.js");
    }
}
