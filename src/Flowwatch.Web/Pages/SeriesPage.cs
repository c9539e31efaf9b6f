using Flowwatch.Analysis.Series;
using Flowwatch.Application.Queries;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Reports.Html;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>A reporter-partner series: chooser, chart, and the figures with their citations.</summary>
internal static class SeriesPage
{
    public static string Render(StoreSnapshot snapshot, string? partner, string? reporter, string? dataset, string? by, string? view)
    {
        SeriesChoice? choice = SeriesChoice.From(snapshot, partner, reporter, dataset, by, view);
        var html = new SafeHtmlWriter();
        if (choice is null)
        {
            html.Add($"""<h1>Series</h1><p class="lead">The store is empty. Load figures with <code>flowwatch ingest PATH</code>.</p>""");
            return Layout.Render("Series", "series", html.ToTrusted());
        }

        html.Add($"""
            <h1>{Format.DatasetTitle(choice.Dataset)}</h1>
            <p class="lead">Citizens of <strong>{Format.CountryName(choice.Partner)}</strong> ({choice.Partner.Code}), as reported by <strong>{Format.CountryName(choice.Reporter)}</strong> ({choice.Reporter.Code}), by {choice.By}.</p>
            """);
        html.Trusted(Chooser(snapshot, choice));
        html.Trusted(ChartBlock.Render(choice));

        IReadOnlyList<SeriesPoint> points = SeriesQuery.Lay(
            snapshot.Current,
            new SeriesRequest(
                new Store.ObservationQuery { Partner = choice.Partner, Reporter = choice.Reporter, Dataset = choice.Dataset },
                choice.By switch { "year" => PeriodKind.Year, "half" => PeriodKind.Half, "month" => PeriodKind.Month, _ => PeriodKind.Quarter }));
        string api = choice.ApiQuery(choice.By);
        html.Add($"""
            <section>
            <div class="section-head"><h2>The figures</h2>
            <p class="downloads">Download: <a href="/api/series?{api}&format=csv" download="flowwatch-series.csv">CSV</a> · <a href="/api/series?{api}" download="flowwatch-series.json">JSON</a></p></div>
            """);
        html.Trusted(Table(points));
        html.Add($"</section>");
        return Layout.Render(Format.DatasetTitle(choice.Dataset), "series", html.ToTrusted(), "/assets/lib/chartjs/chart.umd.min.js", "/assets/lib/chartjs-plugin-annotation/chartjs-plugin-annotation.min.js", "/assets/js/chart-series.js", "/assets/js/autosubmit.js");
    }

    private static TrustedHtml Chooser(StoreSnapshot snapshot, SeriesChoice choice)
    {
        var html = new SafeHtmlWriter();
        html.Add($"""<form class="chooser" method="get" action="/series" data-autosubmit>""");
        Select(html, "Partner (citizenship)", "partner", snapshot.Partners.Select(c => (c.Code, $"{Format.CountryName(c)} ({c.Code})")), choice.Partner.Code);
        Select(html, "Reporter", "reporter", snapshot.Current.Where(o => o.Key.Partner == choice.Partner).Select(o => o.Key.Reporter).Distinct().Order().Select(c => (c.Code, $"{Format.CountryName(c)} ({c.Code})")), choice.Reporter.Code);
        Select(html, "Dataset", "dataset", snapshot.Current.Where(o => o.Key.Partner == choice.Partner && o.Key.Reporter == choice.Reporter).Select(o => o.Key.Dataset).Distinct().Order().Select(d => (d.Id, Format.DatasetTitle(d))), choice.Dataset.Id);
        Select(html, "By", "by", [("quarter", "Quarter"), ("half", "Half-year"), ("year", "Year")], choice.By);
        Select(html, "Chart", "view", [("lines", "Lines"), ("stacked", "Stacked bars")], choice.View);
        html.Add($"""<button type="submit">Show</button></form>""");
        return html.ToTrusted();
    }

    private static void Select(SafeHtmlWriter html, string label, string name, IEnumerable<(string Value, string Text)> options, string selected)
    {
        html.Add($"""<label>{label}<select name="{name}">""");
        foreach ((string value, string text) in options)
        {
            if (value == selected)
            {
                html.Add($"""<option value="{value}" selected>{text}</option>""");
            }
            else
            {
                html.Add($"""<option value="{value}">{text}</option>""");
            }
        }

        html.Add($"</select></label>");
    }

    /// <summary>The figures, one row per period and category, each with its flags and citations.</summary>
    public static TrustedHtml Table(IReadOnlyList<SeriesPoint> points, string? highlightPeriod = null)
    {
        var html = new SafeHtmlWriter();
        html.Add($"""
            <div class="table-wrap"><table class="figures">
            <thead><tr><th>Period</th><th>Category</th><th class="num">Value</th><th>Flags</th><th>Sources</th></tr></thead><tbody>
            """);
        foreach (SeriesPoint point in points.OrderBy(p => p.Period).ThenBy(p => p.Key.Breakdown.Code == "total" ? 0 : 1).ThenByDescending(p => p.Value))
        {
            string rowClass = point.Period.ToString() == highlightPeriod ? "highlight" : point.Key.Breakdown.Code == "total" ? "total" : "";
            html.Add($"""<tr class="{rowClass}"><td>{point.Period.ToString()}</td><td>{Format.Label(point.Key.Breakdown.Code)}</td><td class="num">{Format.Number(point.Value)}</td><td>""");
            html.Trusted(Flags(point));
            html.Add($"</td><td>");
            html.Trusted(Sources(point));
            html.Add($"</td></tr>");
        }

        html.Add($"</tbody></table></div>");
        return html.ToTrusted();
    }

    public static TrustedHtml Flags(SeriesPoint point)
    {
        var html = new SafeHtmlWriter();
        string flag = SeriesRows.FlagCode(point.Flag);
        if (Format.FlagText(flag) is { Length: > 0 } text)
        {
            html.Add($"""<span class="badge badge-{flag}">{text}</span> """);
        }

        foreach (DisagreementNote d in DisagreementNote.Of(point))
        {
            string kind = d.WithinApproximation ? "note" : "disputed";
            html.Add($"""<span class="badge badge-{kind}" title="{d.Text}">{(d.WithinApproximation ? "gap (approx.)" : "disputed")}</span> <span class="why">{d.Text}</span> """);
        }

        return html.ToTrusted();
    }

    public static TrustedHtml Sources(SeriesPoint point)
    {
        var html = new SafeHtmlWriter();
        if (point.IsDerived)
        {
            html.Add($"""<span class="why">sum of {string.Join(" + ", point.Basis.Select(b => $"{b.Period} ({Format.Number(b.Value)})"))}</span> """);
        }

        foreach (Citation c in point.Basis.SelectMany(b => b.Provenance.Citations).DistinctBy(c => c.Id.Length > 0 ? c.Id : c.Url))
        {
            html.Trusted(Format.CitationLink(c.Id.Length > 0 ? c.Id : c.Outlet, c.Url, $"{c.Outlet}, {c.Date}"));
        }

        if (point.Basis.Count == 1)
        {
            // Every file that states the figure, in order of publication, and the values later releases revised.
            foreach (Witness w in point.Basis[0].Witnesses)
            {
                if (w.Provenance.Locator.ToString() is { Length: > 0 } locator)
                {
                    string published = w.Published is { } day ? "published " + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "publication date unknown";
                    html.Add($"""<span class="locator" title="{published}">{w.Provenance.Document.FileName}, {locator}{(w.IsSynthetic ? " (synthetic)" : "")}</span> """);
                }
            }

            foreach (Witness w in point.Basis[0].Superseded)
            {
                html.Add($"""<span class="why">revised; earlier {Format.Number(w.Value)} ({w.Provenance.Document.FileName})</span> """);
            }
        }

        return html.ToTrusted();
    }
}
