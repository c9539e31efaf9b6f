using System.Globalization;
using Flowwatch.Reports.Html;
using Flowwatch.Reports.Sanctions;

namespace Flowwatch.Web.Pages;

/// <summary>The designated names an article mentions, under the checked article.</summary>
internal static class DesignatedNamesSection
{
    public static TrustedHtml Render(IReadOnlyList<DesignatedNameRow>? names)
    {
        var html = new SafeHtmlWriter();
        if (names is null)
        {
            return html.ToTrusted();
        }

        html.Add($"""<section class="designated"><h2>Designated names</h2>""");
        if (names.Count == 0)
        {
            html.Add($"""<p>No name in the article is on the UN Security Council sanctions list.</p></section>""");
            return html.ToTrusted();
        }

        html.Add($"""<ul>""");
        foreach (DesignatedNameRow r in names)
        {
            html.Add($"""<li><mark class="designated">{r.Text}</mark> → <a href="/sanctions/{Uri.EscapeDataString(r.Reference)}">{r.Reference}</a> {r.Name} · {DesignatedNameReports.Regime(r.Regime)} · listed {r.ListedOn ?? "?"} · rule <code>{r.Rule}</code>, score {r.Score.ToString("0.00", CultureInfo.InvariantCulture)}<p class="small">{r.Reason}</p><p class="small">{r.Explanation}</p></li>""");
        }

        html.Add($"""</ul></section>""");
        return html.ToTrusted();
    }
}
