using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Reports;

namespace Flowwatch.Web.Pages;

/// <summary>
/// A finding's chart mark as the finding page embeds it (the canvas's <c>data-mark</c>) for /assets/js/chart-series.js:
/// what <see cref="FindingChartData"/> chose, the same choice the report's picture draws.
/// </summary>
internal sealed record FindingChartJson
{
    /// <summary><c>period</c>, <c>missing_span</c>, <c>deadlines</c> or <c>published_against_sum</c>.</summary>
    [JsonPropertyName("mark")]
    public required string Mark { get; init; }

    /// <summary>The finding's dataset: parts from another table are labelled with theirs.</summary>
    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    [JsonPropertyName("span")]
    public required SpanJson Span { get; init; }

    [JsonPropertyName("deadlines")]
    public required IReadOnlyList<DeadlineJson> Deadlines { get; init; }

    /// <summary>Null unless the chart sets the published total against its parts' sum (then no series is fetched).</summary>
    [JsonPropertyName("comparison")]
    public ComparisonJson? Comparison { get; init; }

    public static FindingChartJson From(FindingChartData chart) => new()
    {
        Mark = Code(chart.Finding.Mark),
        Dataset = chart.Finding.Key.Dataset.Id,
        Span = new SpanJson(chart.Span.First.ToString(), chart.Span.Last.ToString(), chart.Span.Label, chart.Span.Missing),
        Deadlines = chart.Deadlines
            .Select(r => new DeadlineJson(r.Deadline!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Id, r.Reference))
            .ToList(),
        Comparison = chart.Comparison is { } c
            ? new ComparisonJson(c.PublishedLabel, c.Published, ChartComparison.SumLabel, c.Sum, c.Parts.Select(PartJson.From).ToList())
            : null,
    };

    public string ToJson() => JsonSerializer.Serialize(this, ChartJsonContext.Default.FindingChartJson);

    private static string Code(FindingMark mark) => mark switch
    {
        FindingMark.MissingSpan => "missing_span",
        FindingMark.Deadlines => "deadlines",
        FindingMark.PublishedAgainstSum => "published_against_sum",
        _ => "period",
    };

    /// <summary>The periods shaded, first to last, of the finding's kind.</summary>
    internal sealed record SpanJson(
        [property: JsonPropertyName("first")] string First,
        [property: JsonPropertyName("last")] string Last,
        [property: JsonPropertyName("label")] string Label,
        [property: JsonPropertyName("missing")] bool Missing);

    /// <summary>A rule's deadline, drawn as a line.</summary>
    internal sealed record DeadlineJson(
        [property: JsonPropertyName("date")] string Date,
        [property: JsonPropertyName("rule")] string Rule,
        [property: JsonPropertyName("reference")] string Reference);

    /// <summary>The published total beside its parts, stacked into their sum.</summary>
    internal sealed record ComparisonJson(
        [property: JsonPropertyName("published_label")] string PublishedLabel,
        [property: JsonPropertyName("published")] decimal Published,
        [property: JsonPropertyName("sum_label")] string SumLabel,
        [property: JsonPropertyName("sum")] decimal Sum,
        [property: JsonPropertyName("parts")] IReadOnlyList<PartJson> Parts);

    /// <summary>One published part (a figure of the finding's evidence).</summary>
    internal sealed record PartJson(
        [property: JsonPropertyName("dataset")] string Dataset,
        [property: JsonPropertyName("breakdown")] string Breakdown,
        [property: JsonPropertyName("period")] string Period,
        [property: JsonPropertyName("value")] decimal Value,
        [property: JsonPropertyName("flag")] string Flag)
    {
        public static PartJson From(Observation o) =>
            new(o.Key.Dataset.Id, o.Key.Breakdown.Code, o.Period.ToString(), o.Value, SeriesRows.FlagCode(o.Flag));
    }
}
