using System.Globalization;
using Flowwatch.Application.Articles;
using Flowwatch.Reports;
using Flowwatch.Reports.Html;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>A checked article: the text with each claim highlighted and numbered, and the verdicts with their evidence below.</summary>
internal static class CheckResult
{
    public static TrustedHtml Render(ArticleInput input, CheckedArticle result)
    {
        IReadOnlyList<ClaimRow> claims = [.. result.Report.Claims.OrderBy(c => c.Start)];
        var html = new SafeHtmlWriter();
        html.Add($"""<section class="result"><h2>The article</h2>""");
        html.Add($"""<p class="meta">Language: <strong>{result.Report.Document.Language}</strong>{(result.Report.Document.Published is { } p ? " · published " + p : "")} · {Format.Count(claims.Count, "claim")}{(claims.Count > 0 ? " · " + Summary(claims) : "")}. Click a highlighted number to see its verdict and evidence.</p>""");
        html.Add($"""<div class="article" id="article">""");
        int at = 0;
        for (int i = 0; i < claims.Count; i++)
        {
            ClaimRow claim = claims[i];
            if (claim.Start < at || claim.End > input.Text.Length || claim.End <= claim.Start)
            {
                continue;
            }

            html.Text(input.Text[at..claim.Start]);
            html.Add($"""<a class="claim verdict-{claim.Verdict}" href="#claim-{i + 1}" id="mark-{i + 1}" title="{VerdictText(claim.Verdict)}: {claim.Explanation}">{input.Text[claim.Start..claim.End]}<sup>{i + 1}</sup></a>""");
            at = claim.End;
        }

        html.Text(input.Text[at..]);
        html.Add($"""</div></section><section><h2>Claims and verdicts</h2>""");
        if (result.LeftOutNote is { } leftOut)
        {
            html.Add($"""<p class="meta left-out">{leftOut}</p>""");
        }

        html.Add($"""<ol class="claims">""");
        for (int i = 0; i < claims.Count; i++)
        {
            ClaimRow claim = claims[i];
            html.Add($"""
                <li class="claim-card verdict-{claim.Verdict}" id="claim-{i + 1}">
                <div class="claim-head"><span class="verdict">{VerdictText(claim.Verdict)}</span> <q>{claim.Text}</q> <a class="back" href="#mark-{i + 1}">↑ in the text</a></div>
                <p>{claim.Explanation}</p>
                <p class="small">
                """);
            if (claim.Actual is { } actual)
            {
                html.Add($"""Official figure: <strong>{Format.Number(actual)}</strong> · """);
            }

            html.Add($"""Read as: {Frame(claim)} · decided by rule <code>{claim.Rule}</code></p>""");
            if (claim.Evidence.Count > 0)
            {
                html.Add($"""<table class="evidence"><thead><tr><th>Dataset</th><th>Category</th><th>Period</th><th class="num">Value</th><th>Role</th><th>Sources</th></tr></thead><tbody>""");
                foreach (EvidenceRow e in claim.Evidence)
                {
                    html.Add($"""<tr><td><a href="/series?partner={claim.Frame.Partner ?? "KP"}&reporter={claim.Frame.Reporter ?? "RU"}&dataset={e.Dataset}">{Format.DatasetTitleOf(e.Dataset)}</a></td><td>{Format.Label(e.Breakdown)}</td><td>{e.Period}</td><td class="num">{Format.Number(e.Value)}</td><td>{e.Role}</td><td>""");
                    foreach (CitationRef c in e.Sources.DistinctBy(c => c.Id))
                    {
                        html.Trusted(Format.CitationLink(c.Id.Length > 0 ? c.Id : c.Outlet, c.Url, $"{c.Outlet}, {c.Date}"));
                    }

                    html.Add($"</td></tr>");
                }

                html.Add($"</tbody></table>");
            }

            html.Add($"</li>");
        }

        html.Add($"</ol>");
        html.Add($"""<ul class="release-notes">""");
        foreach (string note in result.ReleaseNotes)
        {
            html.Add($"<li>{note}</li>");
        }

        html.Add($"</ul></section>");
        return html.ToTrusted();
    }

    private static string Frame(ClaimRow claim)
    {
        FrameRow f = claim.Frame;
        var parts = new List<string>();
        if (f.Partner is not null || f.Reporter is not null)
        {
            parts.Add($"{f.Partner ?? "?"} → {f.Reporter ?? "?"}");
        }

        if (f.Breakdown is not null)
        {
            parts.Add(f.Breakdown);
        }

        if (f.Period is not null)
        {
            parts.Add(f.Period);
        }

        if (f.ComparedWith is not null)
        {
            parts.Add("against " + f.ComparedWith);
        }

        parts.Add($"{claim.Quantity.Kind} {claim.Quantity.Value.ToString(CultureInfo.InvariantCulture)}{(claim.Quantity.Qualifier is "exact" or "none" or "" ? "" : " (" + claim.Quantity.Qualifier.Replace('_', ' ') + ")")}");
        return string.Join(", ", parts);
    }

    private static string Summary(IReadOnlyList<ClaimRow> claims) =>
        string.Join(", ", claims.GroupBy(c => c.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {VerdictText(g.Key)}"));

    public static string VerdictText(string verdict) => verdict.Replace('_', ' ');
}
