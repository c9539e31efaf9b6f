using System.Globalization;
using System.Text;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Reports.Html;

namespace Flowwatch.Charts;

/// <summary>
/// Writes a findings report into a folder: <c>report.html</c> (self-contained: charts embedded as PNG
/// data URIs, styles inline), <c>report.md</c>, <c>charts/ID.png</c> and the data behind each chart as
/// <c>data/ID.csv</c>.
/// </summary>
public static class ReportWriter
{
    /// <summary>Charts are drawn for at most this many findings (most severe first); the rest are listed without.</summary>
    public const int MaxCharts = 80;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the report.</summary>
    /// <param name="folder">The folder; created if needed.</param>
    /// <param name="findings">The findings, most severe first.</param>
    /// <param name="observations">Every figure scanned, for the charts.</param>
    /// <param name="title">The report's title.</param>
    /// <returns>The path of report.html.</returns>
    public static string Write(string folder, IReadOnlyList<Finding> findings, IReadOnlyList<Observation> observations, string title)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(observations);
        Directory.CreateDirectory(Path.Combine(folder, "charts"));
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        var charts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (Finding f in findings.Take(MaxCharts))
        {
            FindingChartData chart = FindingChartData.For(f, observations);
            if (chart.Series.Count == 0)
            {
                continue;
            }

            byte[] png = FindingChart.RenderPng(chart);
            charts[f.Id] = png;
            File.WriteAllBytes(Path.Combine(folder, "charts", f.Id + ".png"), png);
            File.WriteAllText(Path.Combine(folder, "data", f.Id + ".csv"), FindingChart.ToCsv(chart.Series), Utf8);
        }

        string markdown = FindingsMarkdown.Write(
            findings,
            f => charts.ContainsKey(f.Id) ? $"charts/{f.Id}.png" : null,
            f => charts.ContainsKey(f.Id) ? $"data/{f.Id}.csv" : null);
        File.WriteAllText(Path.Combine(folder, "report.md"), markdown, Utf8);
        string html = Html(findings, charts, title);
        string path = Path.Combine(folder, "report.html");
        File.WriteAllText(path, html, Utf8);
        return path;
    }

    private static string Html(IReadOnlyList<Finding> findings, Dictionary<string, byte[]> charts, string title)
    {
        var w = new SafeHtmlWriter();
        w.Add($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.Add($"<title>{title}</title><style>{Css}</style></head><body><main>");
        w.Add($"<h1>{title}</h1>");
        int high = findings.Count(f => f.Severity == Severity.High), medium = findings.Count(f => f.Severity == Severity.Medium), low = findings.Count(f => f.Severity == Severity.Low);
        w.Add($"<p class=\"summary\">{findings.Count} findings: <span class=\"sev high\">{high} high</span> <span class=\"sev medium\">{medium} medium</span> <span class=\"sev low\">{low} low</span>. ");
        w.Add($"Each finding states its numbers, the rules it bears on, a chart of its series (the finding's period shaded; E1, E2 ... mark context events) and the published figures it rests on with their citations. The data behind each chart is in <code>data/ID.csv</code> beside this file.</p>");
        w.Add($"<nav><ol>");
        foreach (Finding f in findings)
        {
            w.Add($"<li><a href=\"#f-{f.Id}\"><span class=\"sev {Sev(f)}\">{Sev(f)}</span> {f.Detector} · {f.Period.ToString()} · {SeriesNames.Of(f.Key)}</a></li>");
        }

        w.Add($"</ol></nav>");
        foreach (Severity severity in new[] { Severity.High, Severity.Medium, Severity.Low })
        {
            var group = findings.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            w.Add($"<h2>{FindingRows.SeverityCode(severity)} severity ({group.Count})</h2>");
            foreach (Finding f in group)
            {
                Section(w, f, charts.TryGetValue(f.Id, out byte[]? png) ? png : null);
            }
        }

        w.Add($"<footer>Written by Flowwatch. Figures are as the cited outlets printed them; flags mark approximate figures and lower bounds. Findings are leads for a reader to check, not verdicts.</footer>");
        w.Add($"</main></body></html>\n");
        return w.ToString();
    }

    private static void Section(SafeHtmlWriter w, Finding f, byte[]? png)
    {
        w.Add($"<section id=\"f-{f.Id}\" class=\"finding {Sev(f)}\">");
        w.Add($"<h3><span class=\"sev {Sev(f)}\">{Sev(f)}</span> {f.Detector}: {SeriesNames.Of(f.Key)}, {f.Period.ToString()}</h3>");
        w.Add($"<p class=\"explanation\">{FindingRows.Labelled(f)}</p>");
        w.Add($"<p class=\"facts\">id <code>{f.Id}</code> · score {f.Score:0.0}");
        if (f.Observed is { } o)
        {
            w.Add($" · observed {o:N0}");
        }

        if (f.Baseline is { } b)
        {
            w.Add($" · baseline {b:N0}");
        }

        if (f.Ratio is { } r)
        {
            w.Add($" · ratio {r:0.00}");
        }

        if (f.RestsOnApproximateFigures)
        {
            w.Add($" · rests on approximate figures");
        }

        w.Add($"</p>");
        if (f.Rules.Count > 0)
        {
            w.Add($"<p class=\"rules\">Bears on: ");
            for (int i = 0; i < f.Rules.Count; i++)
            {
                Rule rule = f.Rules[i];
                // A rule's source that is not safe to follow (javascript:, data:) is shown as text, not linked.
                w.Add($"{(i > 0 ? "; " : "")}").Link(rule.SourceUrl, rule.Reference).Add($" <span class=\"muted\">({rule.Id}: {rule.Summary})</span>");
            }

            w.Add($"</p>");
        }

        if (png is not null)
        {
            // The chart is embedded from its bytes (a base64 data: URI), never from text.
            w.Add($"<figure>").Open("img")
                .Attribute("alt", $"Chart of {SeriesNames.Of(f.Key)}, with {f.Period.ToString()} marked")
                .Attribute("width", FindingChart.Width.ToString(CultureInfo.InvariantCulture))
                .Attribute("height", FindingChart.Height.ToString(CultureInfo.InvariantCulture))
                .PngSource(png);
            w.Add($"<figcaption>Data behind the chart: <a href=\"data/{f.Id}.csv\">data/{f.Id}.csv</a></figcaption></figure>");
        }

        if (f.Events.Count > 0)
        {
            w.Add($"<ol class=\"events\">");
            int n = 1;
            foreach (ContextEvent e in f.Events)
            {
                w.Add($"<li><b>E{n++}</b> {e.Date:yyyy-MM-dd} <span class=\"muted\">({e.Kind})</span> ").Link(e.SourceUrl, e.Title).Add($"</li>");
            }

            w.Add($"</ol>");
        }

        w.Add($"<div class=\"table-wrap\"><table class=\"evidence\"><thead><tr><th>series</th><th>period</th><th class=\"num\">value</th><th>flag</th><th>file, line</th><th>cited by</th></tr></thead><tbody>");
        foreach (Observation ob in f.Evidence)
        {
            EvidenceRef e = FindingRows.Evidence(ob);
            w.Add($"<tr><td>{SeriesNames.Of(ob.Key)}</td><td>{e.Period}</td><td class=\"num\">{ob.Value:N0}</td><td>{(e.Flag == "as_published" ? "" : e.Flag)}</td><td>{e.Source}</td><td>");
            for (int i = 0; i < e.Citations.Count; i++)
            {
                CitationRef c = e.Citations[i];
                w.Add($"{(i > 0 ? ", " : "")}").Link(c.Url, c.Outlet.Length > 0 ? c.Outlet : c.Id.Length > 0 ? c.Id : Host(c.Url)).Add($"{(c.Date.Length > 0 ? " " + c.Date : "")}");
            }

            w.Add($"</td></tr>");
        }

        w.Add($"</tbody></table></div></section>");
    }

    private static string Sev(Finding f) => FindingRows.SeverityCode(f.Severity);

    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out Uri? u) ? u.Host : url;

    // A constant of ours, never input; the internal factory is visible to this assembly only (see Flowwatch.csproj).
    private static readonly TrustedHtml Css = TrustedHtml.FromConstantCss("""
        body{font-family:"DejaVu Sans",system-ui,sans-serif;color:#1b1b1b;background:#fafafa;margin:0;line-height:1.45}
        main{max-width:1000px;margin:0 auto;padding:24px;overflow-wrap:anywhere}
        .table-wrap{overflow-x:auto}
        h1{font-size:1.7em;margin:.2em 0}
        h2{margin-top:2em;border-bottom:2px solid #ddd;padding-bottom:.2em;text-transform:capitalize}
        h3{font-size:1.1em;margin:0 0 .4em}
        nav ol{font-size:.85em;padding-left:1.8em;margin:0}
        nav li{margin:.15em 0;overflow-wrap:anywhere}
        nav a{color:#1b1b1b;text-decoration:none}
        .finding{background:#fff;border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:14px 18px;margin:18px 0}
        .finding.high{border-left-color:#c62828}.finding.medium{border-left-color:#ef8f00}.finding.low{border-left-color:#8a8a8a}
        .sev{display:inline-block;font-size:.75em;font-weight:bold;text-transform:uppercase;padding:1px 6px;border-radius:3px;color:#fff;background:#8a8a8a}
        .sev.high{background:#c62828}.sev.medium{background:#ef8f00}
        .explanation{font-size:1.05em}
        .facts,.muted,figcaption{color:#555;font-size:.85em}
        figure{margin:10px 0}
        img{max-width:100%;height:auto;border:1px solid #eee}
        table.evidence{border-collapse:collapse;font-size:.8em;width:100%}
        table.evidence th,table.evidence td{border-bottom:1px solid #e3e3e3;padding:3px 6px;text-align:left;vertical-align:top}
        .num{text-align:right!important;font-variant-numeric:tabular-nums}
        ol.events{font-size:.85em;padding-left:1.2em;list-style:none}
        footer{color:#666;font-size:.8em;margin-top:3em}
        code{font-size:.9em}
        """);
}
