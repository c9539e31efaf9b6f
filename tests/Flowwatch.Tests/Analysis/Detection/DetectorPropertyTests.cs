using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Flowwatch.Analysis.Detection;
using Flowwatch.Analysis.Series;
using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Detection;

/// <summary>
/// Random well-formed figure sets (zeros, gaps, single figures, totals of 0 under positive parts, figures in thousands
/// with one decimal, stocks) through every detector with the bundled rules and breaks, the series layout in every
/// <c>--by</c> layout, and what the findings pages and reports are built from (rows, chart data, Markdown): nothing
/// throws, whatever the figures (issue 28; hostile-2 R19 was a total of 0).
/// </summary>
public sealed class DetectorPropertyTests
{
    private static readonly string[] Datasets =
    [
        "ru-fsb-entries-by-purpose", "ru-fsb-entries-by-mode", "ru-rosstat-inbound-tourist-trips", "dprk-workers-in-russia-stock",
        "ru-fsb-exits-of-russians-by-purpose", "eurostat-migr-asyappctza",
    ];

    private static readonly string[] Breakdowns = ["total", "study", "work", "business", "tourism", "private"];
    private static readonly string[] Partners = ["KP", "CN", "US"];
    private static readonly Lazy<DetectionContext> Context = new(() => ReferenceData.Load());

    [Property(MaxTest = 150)]
    public Property Detectors_layouts_and_finding_outputs_never_throw(int seed)
    {
        IReadOnlyList<Observation> figures = RandomFigures(new Random(seed));
        IReadOnlyList<Finding> findings = DetectorSuite.Default.Scan(figures, Context.Value);
        foreach (PeriodKind? by in new PeriodKind?[] { null, PeriodKind.Year, PeriodKind.Half, PeriodKind.Quarter, PeriodKind.Month })
        {
            _ = SeriesAggregator.Lay(figures, by, DatasetCatalog.Bundled);
        }

        _ = SeriesAggregator.FindDisagreements(figures);
        _ = FindingRows.From(findings);
        foreach (Finding f in findings)
        {
            _ = FindingChartData.For(f, figures);
        }

        string markdown = FindingsMarkdown.Write(findings);
        return (markdown.Length > 0 && findings.All(f => f.Explanation.Length > 0 && !double.IsNaN(f.Score))).ToProperty();
    }

    private static List<Observation> RandomFigures(Random random)
    {
        var figures = new List<Observation>();
        var taken = new HashSet<(SeriesKey, Period)>();
        int seriesCount = random.Next(1, 7);
        for (int s = 0; s < seriesCount; s++)
        {
            string dataset = Datasets[random.Next(Datasets.Length)];
            SeriesKey key = Some.Key(Breakdowns[random.Next(Breakdowns.Length)], dataset, Partners[random.Next(Partners.Length)]);
            int count = random.Next(0, 3) == 0 ? 1 : random.Next(1, 40);
            for (int i = 0; i < count; i++)
            {
                int year = random.Next(2014, 2027);
                Period period = random.Next(4) switch
                {
                    0 => Period.OfYear(year),
                    1 => Period.OfHalf(year, random.Next(1, 3)),
                    2 => Period.OfQuarter(year, random.Next(1, 5)),
                    _ => Period.OfMonth(year, random.Next(1, 13)),
                };
                if (!taken.Add((key, period)))
                {
                    continue;
                }

                decimal value = random.Next(6) switch
                {
                    0 => 0m,
                    1 => random.Next(0, 5),
                    2 => Math.Round((decimal)random.NextDouble() * 20, 1),
                    3 => random.Next(0, 100_000),
                    _ => random.Next(0, 2_000),
                };
                var flag = random.Next(8) == 0 ? ObservationFlag.Derived : random.Next(10) == 0 ? ObservationFlag.Approximate : ObservationFlag.AsPublished;
                figures.Add(Some.Obs(period.ToString(), value, key.Breakdown.Code, flag) with { Key = key });
            }
        }

        return figures;
    }
}
