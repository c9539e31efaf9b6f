using Flowwatch.Analysis.Detection;
using Flowwatch.Reports;
using Flowwatch.Reports.Html;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>
/// The overview's list of findings, most severe first, each linking to its page; those the latest release made new,
/// escalated or revised (as `flowwatch watch` recorded) carry a mark and come first among their severity.
/// </summary>
internal static class FindingsSection
{
    /// <param name="snapshot">The store's figures and findings.</param>
    /// <param name="marks">What the latest release changed.</param>
    /// <param name="shown">How many findings are listed open; the rest fold under "Show more" (the overview shows a few, /findings all).</param>
    public static TrustedHtml Render(StoreSnapshot snapshot, ReleaseMarks marks, int shown = Shown)
    {
        IReadOnlyList<Finding> findings = snapshot.Findings;
        var html = new SafeHtmlWriter();
        html.Add($"""<section><div class="section-head"><h2>Findings</h2><p class="downloads">{Format.Count(findings.Count, "finding")}{Changed(findings, marks)} · <a href="/api/findings">JSON</a></p></div>""");
        if (findings.Count == 0)
        {
            html.Add($"""<p class="muted">The detectors found nothing to report in the store.</p></section>""");
            return html.ToTrusted();
        }

        // The most severe first and, among them, those that bear on a sanctions rule (what a monitor looks
        // for), then the latest (scores of different detectors are not comparable); the rest one click away,
        // so the list does not bury the chart and the series.
        Finding[] ordered = [.. findings.OrderByDescending(f => f.Severity).ThenByDescending(f => marks.Of(f.Id) is not null).ThenByDescending(f => f.Rules.Count > 0).ThenByDescending(f => f.Period.Year).ThenByDescending(f => f.Period.LastMonth).ThenByDescending(f => f.Score).ThenBy(f => f.Id, StringComparer.Ordinal)];
        html.Add($"""<ul class="findings">""");
        foreach (Finding f in ordered.Take(shown))
        {
            Item(html, f, marks.Of(f.Id));
        }

        html.Add($"</ul>");
        if (ordered.Length > shown)
        {
            html.Add($"""<details class="more"><summary>Show {Format.Count(ordered.Length - shown, "more finding")}</summary><ul class="findings">""");
            foreach (Finding f in ordered.Skip(shown))
            {
                Item(html, f, marks.Of(f.Id));
            }

            html.Add($"</ul></details>");
        }

        html.Add($"</section>");
        return html.ToTrusted();
    }

    private const int Shown = 6;

    private static string Changed(IReadOnlyList<Finding> findings, ReleaseMarks marks)
    {
        int changed = findings.Count(f => marks.Of(f.Id) is not null);
        return changed == 0 ? "" : $", {changed.ToString(System.Globalization.CultureInfo.InvariantCulture)} changed by the latest release";
    }

    private static string ChangeTitle(string change) => change switch
    {
        "new" => "Raised by the latest release, not before",
        "escalated" => "More severe since the latest release",
        _ => "The latest release changed the figures it rests on",
    };

    private static void Item(SafeHtmlWriter html, Finding f, string? change)
    {
        string severity = FindingRows.SeverityCode(f.Severity);
        if (change is not null)
        {
            html.Add($"""<li class="finding sev-{severity} changed" data-change="{change}"><span class="badge badge-{severity}">{severity}</span> <span class="badge badge-change" title="{ChangeTitle(change)}">{change}</span>""");
        }
        else
        {
            html.Add($"""<li class="finding sev-{severity}"><span class="badge badge-{severity}">{severity}</span>""");
        }

        html.Add($"""
            <a class="what" href="/findings/{Uri.EscapeDataString(f.Id)}">{Format.Label(f.Detector.Replace('-', ' '))}: {Format.DatasetTitle(f.Key.Dataset)}, {Format.Label(f.Key.Breakdown.Code)}, {f.Period.ToString()}</a>
            <div>{f.Explanation}</div></li>
            """);
    }
}
