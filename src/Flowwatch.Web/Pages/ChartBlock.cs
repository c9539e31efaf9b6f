using Flowwatch.Reports.Html;

namespace Flowwatch.Web.Pages;

/// <summary>
/// A chart placeholder that /assets/js/chart-series.js fills from the API: the figures by category, the
/// context events as markers, flags as point shapes, values on hover; on a finding's page, the finding's mark
/// too. The data attributes carry the addresses and the mark; no script is inline.
/// </summary>
internal static class ChartBlock
{
    public static TrustedHtml Render(SeriesChoice choice, FindingChartJson? mark = null, string id = "chart")
    {
        var html = new SafeHtmlWriter();
        string series = "/api/series?" + choice.ApiQuery(choice.By);
        if (mark?.Comparison is not null)
        {
            // The published total against its parts: the figures are the finding's evidence, carried by the mark.
            html.Add($"""
                <figure class="chart-figure">
                <div class="chart-box"><canvas id="{id}" class="series-chart" role="img" aria-label="Chart of the published total of {Format.DatasetTitle(choice.Dataset)} beside the sum of its published parts"
                 data-mark="{mark.ToJson()}"></canvas></div>
                <figcaption class="chart-legend">The published total beside what its published parts add up to, each part stacked. Hover for values.</figcaption>
                <p class="chart-status" id="{id}-status" aria-live="polite"></p>
                </figure>
                """);
            return html.ToTrusted();
        }

        html.Add($"""
            <figure class="chart-figure">
            <div class="chart-box"><canvas id="{id}" class="series-chart" role="img" aria-label="Chart of {Format.DatasetTitle(choice.Dataset)}, {Format.CountryName(choice.Partner)} citizens, by {choice.By}"
             data-series="{series}" data-events="/api/events" data-view="{choice.View}" data-by="{choice.By}"
             data-actors="{choice.Partner.Code} {choice.Reporter.Code}" data-mark="{mark?.ToJson() ?? ""}"></canvas></div>
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
