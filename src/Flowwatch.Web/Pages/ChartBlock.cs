using Flowwatch.Reports.Html;

namespace Flowwatch.Web.Pages;

/// <summary>
/// A chart placeholder that /assets/js/chart-series.js fills from the API: the figures by category, the
/// context events as markers, flags as point shapes, values on hover. The data attributes carry the
/// addresses; no script is inline.
/// </summary>
internal static class ChartBlock
{
    public static TrustedHtml Render(SeriesChoice choice, string? highlightPeriod = null, string id = "chart")
    {
        var html = new SafeHtmlWriter();
        string series = "/api/series?" + choice.ApiQuery(choice.By);
        html.Add($"""
            <figure class="chart-figure">
            <div class="chart-box"><canvas id="{id}" class="series-chart" role="img" aria-label="Chart of {Format.DatasetTitle(choice.Dataset)}, {Format.CountryName(choice.Partner)} citizens, by {choice.By}"
             data-series="{series}" data-events="/api/events" data-view="{choice.View}" data-by="{choice.By}"
             data-actors="{choice.Partner.Code} {choice.Reporter.Code}" data-highlight="{highlightPeriod ?? ""}"></canvas></div>
            <figcaption class="chart-legend">Point shapes: <span class="shape">●</span> as published
            <span class="shape">▲</span> approximate <span class="shape">▼</span> lower bound
            <span class="shape">◆</span> derived (summed from finer periods) <span class="shape disputed">✖</span> disputed (parts disagree with the published total).
            Dashed lines bridge periods with no figure. Hover for values.</figcaption>
            <ol class="event-key" id="{id}-events" aria-label="Context events marked on the chart"></ol>
            <p class="chart-status" id="{id}-status" aria-live="polite"></p>
            </figure>
            """);
        return html.ToTrusted();
    }
}
