using System.Globalization;
using System.Net;
using System.Text;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;

namespace Flowwatch.Reports;

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
            IReadOnlyList<ChartSeries> series = FindingChart.SeriesFor(f, observations);
            if (series.Count == 0)
            {
                continue;
            }

            DateOnly? frontier = observations
                .Where(o => o.Key.Reporter == f.Key.Reporter && o.Period.Kind == f.Period.Kind)
                .Select(o => (DateOnly?)new DateOnly(o.Period.Year, o.Period.LastMonth, DateTime.DaysInMonth(o.Period.Year, o.Period.LastMonth)))
                .Max();
            byte[] png = FindingChart.RenderPng(f, series, frontier);
            charts[f.Id] = png;
            File.WriteAllBytes(Path.Combine(folder, "charts", f.Id + ".png"), png);
            File.WriteAllText(Path.Combine(folder, "data", f.Id + ".csv"), FindingChart.ToCsv(series), Utf8);
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
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title><style>{Css}</style></head><body><main>");
        sb.Append(CultureInfo.InvariantCulture, $"<h1>{E(title)}</h1>");
        int high = findings.Count(f => f.Severity == Severity.High), medium = findings.Count(f => f.Severity == Severity.Medium), low = findings.Count(f => f.Severity == Severity.Low);
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"summary\">{findings.Count} findings: <span class=\"sev high\">{high} high</span> <span class=\"sev medium\">{medium} medium</span> <span class=\"sev low\">{low} low</span>. ");
        sb.Append("Each finding states its numbers, the rules it bears on, a chart of its series (the finding's period shaded; E1, E2 ... mark context events) and the published figures it rests on with their citations. The data behind each chart is in <code>data/ID.csv</code> beside this file.</p>");
        sb.Append("<nav><ol>");
        foreach (Finding f in findings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#f-{f.Id}\"><span class=\"sev {Sev(f)}\">{Sev(f)}</span> {E(f.Detector)} · {E(f.Period.ToString())} · {E(f.Key.Dataset.Id)}/{E(f.Key.Breakdown.Code)}</a></li>");
        }

        sb.Append("</ol></nav>");
        foreach (Severity severity in new[] { Severity.High, Severity.Medium, Severity.Low })
        {
            var group = findings.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            sb.Append(CultureInfo.InvariantCulture, $"<h2>{FindingRows.SeverityCode(severity)} severity ({group.Count})</h2>");
            foreach (Finding f in group)
            {
                Section(sb, f, charts.TryGetValue(f.Id, out byte[]? png) ? png : null);
            }
        }

        sb.Append("<footer>Written by Flowwatch. Figures are as the cited outlets printed them; flags mark approximate figures and lower bounds. Findings are leads for a reader to check, not verdicts.</footer>");
        sb.Append("</main></body></html>\n");
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, Finding f, byte[]? png)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<section id=\"f-{f.Id}\" class=\"finding {Sev(f)}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<h3><span class=\"sev {Sev(f)}\">{Sev(f)}</span> {E(f.Detector)}: {E(f.Key.Dataset.Id)} / {E(f.Key.Breakdown.Code)}, {E(f.Period.ToString())}</h3>");
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"explanation\">{E(FindingRows.Labelled(f))}</p>");
        var facts = new List<string> { $"id <code>{f.Id}</code>", $"score {f.Score.ToString("0.0", CultureInfo.InvariantCulture)}" };
        if (f.Observed is { } o)
        {
            facts.Add($"observed {o.ToString("N0", CultureInfo.InvariantCulture)}");
        }

        if (f.Baseline is { } b)
        {
            facts.Add($"baseline {b.ToString("N0", CultureInfo.InvariantCulture)}");
        }

        if (f.Ratio is { } r)
        {
            facts.Add($"ratio {r.ToString("0.00", CultureInfo.InvariantCulture)}");
        }

        if (f.RestsOnApproximateFigures)
        {
            facts.Add("rests on approximate figures");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"facts\">{string.Join(" · ", facts)}</p>");
        if (f.Rules.Count > 0)
        {
            sb.Append("<p class=\"rules\">Bears on: ");
            sb.Append(string.Join("; ", f.Rules.Select(rule => $"<a href=\"{A(rule.SourceUrl)}\">{E(rule.Reference)}</a> <span class=\"muted\">({E(rule.Id)}: {E(rule.Summary)})</span>")));
            sb.Append("</p>");
        }

        if (png is not null)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"<figure><img alt=\"Chart of {A(f.Key.ToString())} with {A(f.Period.ToString())} marked\" width=\"{FindingChart.Width}\" height=\"{FindingChart.Height}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\">");
            sb.Append(CultureInfo.InvariantCulture, $"<figcaption>Data behind the chart: <a href=\"data/{f.Id}.csv\">data/{f.Id}.csv</a></figcaption></figure>");
        }

        if (f.Events.Count > 0)
        {
            sb.Append("<ol class=\"events\">");
            int n = 1;
            foreach (ContextEvent e in f.Events)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<li><b>E{n++}</b> {e.Date:yyyy-MM-dd} <span class=\"muted\">({E(e.Kind)})</span> <a href=\"{A(e.SourceUrl)}\">{E(e.Title)}</a></li>");
            }

            sb.Append("</ol>");
        }

        sb.Append("<table class=\"evidence\"><thead><tr><th>series</th><th>period</th><th class=\"num\">value</th><th>flag</th><th>file, line</th><th>cited by</th></tr></thead><tbody>");
        foreach (Observation ob in f.Evidence)
        {
            EvidenceRef e = FindingRows.Evidence(ob);
            string cites = string.Join(", ", e.Citations.Select(c => $"<a href=\"{A(c.Url)}\">{E(c.Outlet.Length > 0 ? c.Outlet : c.Id.Length > 0 ? c.Id : Host(c.Url))}</a>{(c.Date.Length > 0 ? " " + E(c.Date) : "")}"));
            sb.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(e.Dataset)}/{E(e.Breakdown)}</td><td>{E(e.Period)}</td><td class=\"num\">{ob.Value.ToString("N0", CultureInfo.InvariantCulture)}</td><td>{E(e.Flag == "as_published" ? "" : e.Flag)}</td><td>{E(e.Source)}</td><td>{cites}</td></tr>");
        }

        sb.Append("</tbody></table></section>");
    }

    private static string Sev(Finding f) => FindingRows.SeverityCode(f.Severity);

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string A(string s) => WebUtility.HtmlEncode(s);

    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out Uri? u) ? u.Host : url;

    private const string Css = """
        body{font-family:"DejaVu Sans",system-ui,sans-serif;color:#1b1b1b;background:#fafafa;margin:0;line-height:1.45}
        main{max-width:1000px;margin:0 auto;padding:24px}
        h1{font-size:1.7em;margin:.2em 0}
        h2{margin-top:2em;border-bottom:2px solid #ddd;padding-bottom:.2em;text-transform:capitalize}
        h3{font-size:1.1em;margin:0 0 .4em}
        nav ol{columns:2;font-size:.85em;padding-left:1.4em}
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
        """;
}
