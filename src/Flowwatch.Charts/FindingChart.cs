using System.Globalization;
using System.Text;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Reports;
using ScottPlot;

namespace Flowwatch.Charts;

/// <summary>
/// The chart of a finding as a picture: its series and the other categories of the same table (one colour each),
/// the finding's period shaded, context events and deadlines as labelled vertical lines. What it draws and marks is
/// chosen by <see cref="FindingChartData"/> from the finding's own say (<see cref="Finding.Mark"/>), as the web's
/// finding page chooses it, never from its detector's name.
/// </summary>
public static class FindingChart
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 960;

    /// <summary>Chart height in pixels.</summary>
    public const int Height = 440;

    private static readonly Lock FontGate = new();

    /// <summary>The position of a period on the chart's x axis: its middle, in fractional years.</summary>
    public static double X(Period p) => p.Year + ((p.FirstMonth - 1 + (p.MonthCount / 2.0)) / 12.0);

    /// <summary>The position of a date on the x axis.</summary>
    public static double X(DateOnly d) => d.Year + ((d.DayOfYear - 1) / 365.25);

    /// <summary>Draws the chart as PNG: the series, span, deadlines or comparison <paramref name="chart"/> chose.</summary>
    public static byte[] RenderPng(FindingChartData chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        lock (FontGate)
        {
            // The default resolves to a serif font that lacks some symbols on Linux (ENVIRONMENT.md).
            Fonts.Default = "DejaVu Sans";
        }

        Finding finding = chart.Finding;
        if (chart.Comparison is { } comparison)
        {
            return RenderComparison(finding, comparison);
        }

        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        double minX = double.MaxValue, maxX = double.MinValue, maxY = 0;
        // The finding's period, shaded; for a missing span, the span nothing was published in.
        ChartSpan shaded = chart.Span;
        double from = shaded.First.Year + ((shaded.First.FirstMonth - 1) / 12.0);
        double to = shaded.Last.Year + (shaded.Last.LastMonth / 12.0);
        var span = plot.Add.HorizontalSpan(from, to);
        span.FillStyle.Color = (shaded.Missing ? Colors.Gray : Colors.Orange).WithAlpha(0.25);
        span.LineStyle.Width = 0;
        span.LegendText = shaded.Label;
        minX = Math.Min(minX, from);
        maxX = Math.Max(maxX, to);

        // The subject is drawn last, on top; each series is broken where a period is missing, so that
        // no line suggests figures nobody published.
        var colours = chart.Series.Select((s, i) => (s, palette.GetColor(i % 10))).ToList();
        foreach ((ChartSeries s, Color color) in colours.Where(c => !c.s.IsSubject).Concat(colours.Where(c => c.s.IsSubject)))
        {
            bool first = true;
            foreach (List<Observation> run in Runs(s.Points))
            {
                double[] xs = run.Select(p => X(p.Period)).ToArray();
                double[] ys = run.Select(p => (double)p.Value).ToArray();
                var scatter = plot.Add.Scatter(xs, ys, color);
                scatter.LegendText = first ? Label(s.Key, finding.Key.Dataset) : "";
                scatter.LineWidth = s.IsSubject ? 3.5f : 1.5f;
                scatter.MarkerSize = s.IsSubject ? 9 : 6;
                if (!s.IsSubject)
                {
                    scatter.LinePattern = LinePattern.Dashed;
                }

                first = false;
                minX = Math.Min(minX, xs.Min());
                maxX = Math.Max(maxX, xs.Max());
                maxY = Math.Max(maxY, ys.Max());
            }
        }

        int number = 1;
        foreach (ContextEvent e in finding.Events)
        {
            plot.Add.VerticalLine(X(e.Date), 1.5f, Colors.DimGray, LinePattern.Dotted);
            var label = plot.Add.Text("E" + number.ToString(CultureInfo.InvariantCulture), X(e.Date), (maxY * 1.12) + 1);
            label.LabelFontSize = 13;
            label.LabelBold = true;
            label.LabelFontColor = Colors.DimGray;
            label.LabelAlignment = Alignment.UpperCenter;
            minX = Math.Min(minX, X(e.Date));
            maxX = Math.Max(maxX, X(e.Date));
            number++;
        }

        foreach (Rule rule in chart.Deadlines)
        {
            plot.Add.VerticalLine(X(rule.Deadline!.Value), 2, Colors.Crimson, LinePattern.Solid);
            var label = plot.Add.Text("deadline " + rule.Id + " ", X(rule.Deadline.Value), maxY * 1.02);
            label.LabelFontSize = 12;
            label.LabelFontColor = Colors.Crimson;
            label.LabelAlignment = Alignment.UpperRight;
            minX = Math.Min(minX, X(rule.Deadline.Value));
        }

        int firstYear = (int)Math.Floor(minX), lastYear = (int)Math.Ceiling(maxX);
        int stepYears = Math.Max(1, (lastYear - firstYear) / 12);
        var ticks = Enumerable.Range(0, ((lastYear - firstYear) / stepYears) + 1).Select(i => firstYear + (i * stepYears)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            ticks.Select(t => (double)t).ToArray(), ticks.Select(t => t.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimits(firstYear - 0.1, lastYear + 0.1, 0, maxY * 1.15 + 1);
        plot.Title(Title(finding), 14);
        plot.YLabel(Unit(finding.Key.Dataset));
        plot.Legend.FontSize = 12;
        plot.ShowLegend(Edge.Right);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>The data behind the chart as CSV: one row per figure drawn, with its flag and citations.</summary>
    public static string ToCsv(IReadOnlyList<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var csv = new CsvWriter("dataset", "reporter", "partner", "breakdown", "period", "value", "flag", "citations");
        foreach (ChartSeries s in series)
        {
            foreach (Observation o in s.Points)
            {
                string cites = string.Join(' ', o.Provenance.Citations.Select(c => c.Url.Length > 0 ? c.Url : c.Id));
                csv.Text(o.Key.Dataset.ToString()).Text(o.Key.Reporter.ToString()).Text(o.Key.Partner.ToString()).Text(o.Key.Breakdown.ToString())
                    .Text(o.Period.ToString()).Number(o.Value).Text(SeriesRows.FlagCode(o.Flag)).Text(cites).EndRow();
            }
        }

        return csv.ToString();
    }

    /// <summary>A conflict is about two numbers: the published figure and what its parts add up to, side by side.</summary>
    private static byte[] RenderComparison(Finding finding, ChartComparison comparison)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        decimal[] figures = [comparison.Published, comparison.Sum];
        double[] values = [(double)comparison.Published, (double)comparison.Sum];
        string[] labels = [comparison.PublishedLabel, ChartComparison.SumLabel];
        for (int i = 0; i < 2; i++)
        {
            var bar = plot.Add.Bar(i, values[i]);
            bar.Color = palette.GetColor(i);
            // Label the figure itself: a double near decimal's range does not convert back (the report once crashed so).
            var text = plot.Add.Text(figures[i].ToString("N0", CultureInfo.InvariantCulture), i, values[i]);
            text.LabelFontSize = 16;
            text.LabelBold = true;
            text.LabelAlignment = Alignment.LowerCenter;
        }

        var parts = comparison.Parts.Select(o => $"{o.Period} {o.Key.Breakdown.Code} {o.Value.ToString("N0", CultureInfo.InvariantCulture)}");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 1], labels);
        plot.Axes.SetLimits(-0.7, 1.7, 0, Math.Max(values[0], values[1]) * 1.2);
        plot.Title(Title(finding), 14);
        plot.YLabel(Unit(finding.Key.Dataset));
        plot.XLabel(Wrap("parts: " + string.Join(", ", parts), 110));
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static string Wrap(string text, int width)
    {
        var sb = new StringBuilder();
        int line = 0;
        foreach (string word in text.Split(' '))
        {
            if (line + word.Length > width)
            {
                sb.Append('\n');
                line = 0;
            }
            else if (sb.Length > 0)
            {
                sb.Append(' ');
                line++;
            }

            sb.Append(word);
            line += word.Length;
        }

        return sb.ToString();
    }

    private static IEnumerable<List<Observation>> Runs(IReadOnlyList<Observation> points)
    {
        var run = new List<Observation>();
        foreach (Observation p in points)
        {
            if (run.Count > 0 && (run[^1].Period.Kind == PeriodKind.YearToDate || run[^1].Period.Next != p.Period))
            {
                yield return run;
                run = [];
            }

            run.Add(p);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static string Label(SeriesKey key, DatasetId subjectDataset) =>
        key.Dataset == subjectDataset ? key.Breakdown.Code : $"{key.Breakdown.Code} ({Name(key.Dataset)})";

    private static string Title(Finding f) =>
        $"{f.Detector}, {f.Period}: {Name(f.Key.Dataset)} ({f.Key.Reporter.EnglishName} / {f.Key.Partner.EnglishName}), by {f.Period.Kind.ToString().ToLowerInvariant()}";

    // The catalogue's words for a dataset; one it does not hold is named by its id.
    private static string Name(DatasetId dataset) => DatasetCatalog.Bundled.TitleOf(dataset);

    private static string Unit(DatasetId dataset) =>
        DatasetCatalog.Bundled.TryGet(dataset, out DatasetInfo info) ? info.Unit : "figures";
}
