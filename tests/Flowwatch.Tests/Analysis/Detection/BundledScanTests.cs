using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Model;

namespace Flowwatch.Tests.Analysis.Detection;

/// <summary>The scan on the bundled real figures reports what issue 3 lists, with the published numbers.</summary>
public sealed class BundledScanTests
{
    private static readonly Lazy<IReadOnlyList<Finding>> Findings = new(() =>
        DetectorSuite.Default.Scan(BundledData.Read().Observations, ReferenceData.Load()));

    private static Finding One(string detector, string dataset, string breakdown, string period) =>
        Assert.Single(Findings.Value, f => f.Detector == detector && f.Key.Dataset.Id == dataset && f.Key.Breakdown.Code == breakdown && f.Period.ToString() == period);

    [Fact]
    public void The_2024_Q3_surge_of_study_entries_is_part_of_the_2024_shift_to_study()
    {
        Finding f = One(DetectorNames.PretextShift, "ru-fsb-entries-by-purpose", "study", "2024");
        Assert.Equal(Severity.High, f.Severity);
        Assert.Contains(f.Evidence, o => o.Period == Period.Parse("2024-Q3") && o.Value == 3765);
        Assert.Contains("The same episode shows in 2024-Q3 (3,765)", f.Explanation, StringComparison.Ordinal);
        Assert.Contains(f.Rules, r => r.Id == "UNSCR-2397-OP8");
        Assert.Contains(f.Events, e => e.Date == new DateOnly(2024, 6, 19));
        Assert.DoesNotContain(Findings.Value, x => x.Detector == DetectorNames.Surge && x.Key.Breakdown.Code == "study" && x.Period.Year == 2024);
    }

    [Fact]
    public void The_2024_surge_says_where_the_level_stands_against_2019_before_the_deadline()
    {
        Finding f = One(DetectorNames.Surge, "ru-fsb-entries-by-purpose", "total", "2024");
        Assert.Contains("still below the about 21,000 of 2019, before the 2019-12-22 deadline", f.Explanation, StringComparison.Ordinal);
        Assert.Contains("The same episode shows in", f.Explanation, StringComparison.Ordinal);
        Assert.Contains(f.Evidence, o => o.Period == Period.Parse("2024-Q3") && o.Value == 5263);
        Assert.DoesNotContain(Findings.Value, x => x.Detector == DetectorNames.Surge && x.Key.Breakdown.Code == "total" && x.Key.Dataset.Id == "ru-fsb-entries-by-purpose" && x.Period.Year == 2024 && x.Period.Kind != PeriodKind.Year);
    }

    [Fact]
    public void Scan_reports_the_2024_annual_surge_of_all_entries_against_2023()
    {
        Finding f = One(DetectorNames.Surge, "ru-fsb-entries-by-purpose", "total", "2024");
        Assert.Equal(13221m, f.Observed);
        Assert.Equal(1117m, f.Baseline);
        Assert.Equal(13221.0 / 1117, f.Ratio!.Value, 3);
        Assert.Equal(Severity.High, f.Severity);
        Assert.Contains("12 times the 1,117 of 2023", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_reports_the_shift_of_2024_entries_towards_study_weighed_against_capacity()
    {
        Finding f = One(DetectorNames.PretextShift, "ru-fsb-entries-by-purpose", "study", "2024");
        Assert.Equal(7887m, f.Observed);
        Assert.Equal(Severity.High, f.Severity);
        Assert.Contains("7,887 of the 13,221", f.Explanation, StringComparison.Ordinal);
        Assert.Contains("(60 %)", f.Explanation, StringComparison.Ordinal);
        Assert.Contains("130", f.Explanation, StringComparison.Ordinal);
        Assert.Contains(f.Rules, r => r.Id == "UNSCR-2397-OP8");
    }

    [Theory]
    [InlineData("ru-fsb-entries-by-purpose", "work", "2023-Q3", 3)]
    [InlineData("ru-mvd-visas-issued-by-type", "work", "2020-Q1", 753)]
    [InlineData("dprk-workers-in-russia-stock", "total", "2020-03", 511)]
    public void Scan_reports_work_after_the_2019_deadline_from_every_dataset_that_shows_it(string dataset, string breakdown, string period, int value)
    {
        Finding f = One(DetectorNames.DeadlineBreach, dataset, breakdown, period);
        Assert.Equal(value, f.Observed);
        Assert.Contains(f.Rules, r => r.Id == "UNSCR-2397-OP8");
        Assert.Contains("2019-12-22", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_breach_ignores_periods_that_straddle_the_deadline_and_trips_of_Russians()
    {
        Assert.DoesNotContain(Findings.Value, f => f.Detector == DetectorNames.DeadlineBreach && f.Period == Period.Parse("2019-Q4"));
        Assert.DoesNotContain(Findings.Value, f => f.Detector == DetectorNames.DeadlineBreach && f.Key.Dataset.Id.Contains("exits", StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_reports_the_suppression_of_the_DPRK_row_from_2025_Q2()
    {
        Finding f = One(DetectorNames.Suppression, "ru-fsb-entries-by-purpose", "total", "2025-Q2");
        Assert.Null(f.Observed);
        Assert.Equal(295m, f.Baseline);
        Assert.Contains("2025-Q2 to 2025-Q4", f.Explanation, StringComparison.Ordinal);
        Assert.Contains(f.Events, e => e.Date == new DateOnly(2025, 8, 8) && e.Kind == "data");
    }

    [Theory]
    [InlineData("2023", 1113, 1117)]
    [InlineData("2023-H1", 366, 370)]
    public void Scan_reports_published_totals_that_disagree_with_their_quarters(string period, int sum, int published)
    {
        Finding f = Assert.Single(Findings.Value, f => f.Detector == DetectorNames.Inconsistency && f.Period.ToString() == period && f.Key.Breakdown == Breakdown.Total);
        Assert.Equal(sum, f.Observed);
        Assert.Equal(published, f.Baseline);
        Assert.False(f.RestsOnApproximateFigures);
    }

    [Fact]
    public void Scan_reports_the_2023_Q3_transport_modes_exceeding_the_total()
    {
        Finding f = One(DetectorNames.Inconsistency, "ru-fsb-entries-by-purpose", "total", "2023-Q3");
        Assert.Equal(404m, f.Observed);
        Assert.Equal(365m, f.Baseline);
        // The tables are named in the catalogue's words, never by their ids.
        Assert.Contains("the 5 categories of the table \"Entries of foreign citizens into Russia by mode of transport\"", f.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("ru-fsb-", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approximate_quarter_makes_the_2024_sum_an_approximation_not_a_contradiction()
    {
        Finding f = One(DetectorNames.Inconsistency, "ru-fsb-entries-by-purpose", "total", "2024");
        Assert.Equal(Severity.Low, f.Severity);
        Assert.True(f.RestsOnApproximateFigures);
        Assert.Contains("imply 5,450", f.Explanation, StringComparison.Ordinal);
        Assert.Contains("not a contradiction", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void No_medium_or_high_finding_rests_on_the_tiny_tourism_series()
    {
        Assert.DoesNotContain(Findings.Value, f => f.Key.Breakdown.Code == "tourism" && f.Key.Dataset.Id == "ru-fsb-entries-by-purpose" && f.Severity >= Severity.Medium);
    }

    [Fact]
    public void Finding_ids_are_stable_across_scans()
    {
        var again = DetectorSuite.Default.Scan(BundledData.Read().Observations, ReferenceData.Load());
        Assert.Equal(Findings.Value.Select(f => f.Id), again.Select(f => f.Id));
        Assert.Equal(Findings.Value.Count, Findings.Value.Select(f => f.Id).Distinct().Count());
    }
}
