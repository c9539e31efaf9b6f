using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Detection;

public sealed class DetectorsTests
{
    private static readonly Rule WorkBan = new(
        "TEST-OP1", "S/RES/1 (2017)", "1", new DateOnly(2017, 12, 22), new DateOnly(2019, 12, 22),
        [Country.Parse("KP")], [Purpose.Work], [Purpose.Study], "test", "https://example.org/r");

    private static readonly DetectionContext Context = new([WorkBan], [], []);

    [Fact]
    public void Pretext_shift_flags_study_taking_over_the_entries()
    {
        var obs = new[]
        {
            Some.Obs("2021-Q4", 1000), Some.Obs("2021-Q4", 100, "study"),
            Some.Obs("2022-Q3", 1000), Some.Obs("2022-Q3", 110, "study"),
            Some.Obs("2022-Q4", 1000), Some.Obs("2022-Q4", 90, "study"),
            Some.Obs("2023-Q4", 1000), Some.Obs("2023-Q4", 600, "study"),
        };
        Finding f = Assert.Single(new PretextShiftDetector().Detect(obs, Context));
        Assert.Equal(Period.Parse("2023-Q4"), f.Period);
        Assert.Contains("2 earlier periods (2021-Q4 to 2022-Q4)", f.Explanation, StringComparison.Ordinal);
        Assert.Equal(Severity.High, f.Severity);
        Assert.Contains(f.Rules, r => r.Id == "TEST-OP1");
    }

    [Fact]
    public void Pretext_shift_ignores_a_share_that_holds_steady()
    {
        var obs = new[]
        {
            Some.Obs("2021-Q3", 1000), Some.Obs("2021-Q3", 300, "study"),
            Some.Obs("2022-Q3", 1200), Some.Obs("2022-Q3", 350, "study"),
            Some.Obs("2023-Q3", 5000), Some.Obs("2023-Q3", 1550, "study"),
        };
        Assert.Empty(new PretextShiftDetector().Detect(obs, Context));
    }

    [Fact]
    public void Deadline_breach_reports_work_after_the_deadline_only()
    {
        var obs = new[] { Some.Obs("2019-Q3", 40, "work"), Some.Obs("2019-Q4", 40, "work"), Some.Obs("2020-Q1", 40, "work"), Some.Obs("2020-Q2", 0, "work") };
        Finding f = Assert.Single(new DeadlineBreachDetector().Detect(obs, Context));
        Assert.Equal(Period.Parse("2020-Q1"), f.Period);
        Assert.Equal(Severity.Medium, f.Severity);
    }

    [Fact]
    public void A_surge_over_a_collapsed_year_earlier_figure_is_worded_against_the_collapse_not_as_a_ratio()
    {
        // Chinese nationals: no deadline bears on the series, so 2016-2019 stay in the baseline.
        var cn = Some.Key(partner: "CN");
        var obs = new[] { "2016", "2017", "2018", "2019" }.Select(y => Some.Obs(y, 1000) with { Key = cn }).Append(Some.Obs("2020", 2) with { Key = cn }).Append(Some.Obs("2021", 5000) with { Key = cn }).ToArray();

        Finding f = Assert.Single(new SurgeDetector().Detect(obs, Context), x => x.Period == Period.Parse("2021"));

        Assert.Contains("up from a collapsed 2 in 2020", f.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("2,500 times", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_in_thousands_is_weighed_in_units_and_worded_in_thousands()
    {
        // 0.3 thousand trips a year, then 9: an excess of 8,700 trips, far beyond the thresholds of 20-200 persons,
        // which in thousands would read as 8.7 and raise nothing.
        var key = Some.Key(dataset: "ru-rosstat-outbound-tourist-trips", partner: "LK");
        var obs = new[] { "2018", "2019", "2020", "2021" }.Select(y => Some.Obs(y, 0.3m) with { Key = key }).Append(Some.Obs("2022", 9m) with { Key = key }).ToArray();
        // The catalogue says the dataset is in thousand trips; weighed as if in units, the same figures raise nothing.
        Finding f = Assert.Single(new SurgeDetector().Detect(obs, Context));
        Assert.Equal(Severity.Medium, f.Severity); // high in size, but no rule bears on Russians' trips abroad
        Assert.Equal(9m, f.Observed);
        Assert.Contains("tourist trips from Russia to Sri Lanka (thousands) numbered 9", f.Explanation, StringComparison.Ordinal);
        Assert.Empty(new SurgeDetector().Detect(obs, Context, DatasetConventions.Default with { UnitSize = _ => 1 }));
    }

    [Fact]
    public void Suppression_in_a_table_that_redraws_its_list_of_countries_is_low_and_says_so()
    {
        // Three partners published 2023-Q1..Q4; two of them drop out in 2024-Q1 while a new one enters: a redrawn top list.
        var obs = new List<Observation>();
        foreach ((string partner, string[] quarters) in new[]
        {
            ("CN", new[] { "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2" }),
            ("PE", new[] { "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4" }),
            ("MT", new[] { "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4" }),
            ("MX", new[] { "2024-Q1", "2024-Q2" }),
        })
        {
            obs.AddRange(quarters.Select(q => Some.Obs(q, 500) with { Key = Some.Key(partner: partner) }));
        }

        var found = new SuppressionDetector().Detect(obs, Context);

        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.Equal(Severity.Low, f.Severity));
        Assert.All(found, f => Assert.Contains("redrawn", f.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void Suppression_of_one_row_while_no_country_enters_stays_a_finding_of_its_own_weight()
    {
        var obs = new List<Observation>();
        obs.AddRange(new[] { "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2" }.Select(q => Some.Obs(q, 500) with { Key = Some.Key(partner: "CN") }));
        obs.AddRange(new[] { "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4" }.Select(q => Some.Obs(q, 500)));

        Finding f = Assert.Single(new SuppressionDetector().Detect(obs, Context));

        Assert.Equal("KP", f.Key.Partner.Code);
        Assert.Equal(Severity.Medium, f.Severity);
        Assert.DoesNotContain("redrawn", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_breach_cites_the_latest_pre_ban_work_figure_of_any_dataset_as_its_baseline()
    {
        var registrations = Some.Key("work", "ru-mvd-primary-registrations-by-purpose");
        var obs = new[]
        {
            Some.Obs("2015", 20000) with { Key = registrations },
            Some.Obs("2016", 27417) with { Key = registrations },
            Some.Obs("2018", 9000) with { Key = registrations }, // after the first ban: not a pre-ban baseline
            Some.Obs("2020-Q1", 40, "work"),
        };

        Finding f = Assert.Single(new DeadlineBreachDetector().Detect(obs, Context), x => x.Period == Period.Parse("2020-Q1"));

        Assert.Equal(27417m, f.Baseline);
        Assert.Contains("Before the ban: 27,417", f.Explanation, StringComparison.Ordinal);
        Assert.Contains(f.Evidence, e => e.Value == 27417m && e.Period == Period.Parse("2016"));
    }

    [Fact]
    public void Suppression_reports_a_series_that_stops_while_its_publisher_goes_on()
    {
        var other = Some.Key("total", "ru-fsb-exits-of-russians-by-purpose");
        var obs = new List<Observation> { Some.Obs("2024-Q1", 500), Some.Obs("2024-Q2", 600), Some.Obs("2024-Q3", 700) };
        foreach (string q in new[] { "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1" })
        {
            obs.Add(Some.Obs(q, 10) with { Key = other });
        }

        Finding f = Assert.Single(new SuppressionDetector().Detect(obs, Context));
        Assert.Equal(Period.Parse("2024-Q4"), f.Period);
        Assert.Equal(Severity.Medium, f.Severity); // two quarters missing; high needs three
    }

    [Fact]
    public void Suppression_reports_a_category_dropped_from_a_table()
    {
        var obs = new[]
        {
            Some.Obs("2023", 1000), Some.Obs("2023", 600, "business"), Some.Obs("2023", 300, "study"), Some.Obs("2023", 100, "work"),
            Some.Obs("2024", 1200), Some.Obs("2024", 700, "business"), Some.Obs("2024", 500, "private"),
        };
        Finding f = Assert.Single(new SuppressionDetector().Detect(obs, Context));
        Assert.Contains("study", f.Explanation, StringComparison.Ordinal);
        Assert.Contains("work", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Inconsistency_ignores_parts_short_of_their_total()
    {
        var obs = new[] { Some.Obs("2024-Q1", 812), Some.Obs("2024-Q1", 471, "business"), Some.Obs("2024-Q1", 95, "private") };
        Assert.Empty(new InconsistencyDetector().Detect(obs, Context));
    }

    [Fact]
    public void Inconsistency_reports_one_figure_given_twice_with_two_values()
    {
        var obs = new[] { Some.Obs("2023-Q3", 253, "business"), Some.Obs("2023-Q3", 235, "business") };
        Finding f = Assert.Single(new InconsistencyDetector().Detect(obs, Context));
        Assert.Contains("253", f.Explanation, StringComparison.Ordinal);
        Assert.Contains("235", f.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Inconsistency_reports_a_total_of_zero_whose_parts_are_positive_instead_of_dividing_by_it()
    {
        // hostile-2 R19: a well-formed release whose total is 0 while two of its parts are not.
        var obs = new[] { Some.Obs("2024-Q1", 0), Some.Obs("2024-Q1", 7, "business"), Some.Obs("2024-Q1", 5, "private"), Some.Obs("2024", 0), Some.Obs("2024-Q1", 0, "study") };
        var found = new InconsistencyDetector().Detect(obs, Context);
        Finding f = Assert.Single(found, x => x.Period == Period.Parse("2024-Q1"));
        Assert.Equal(12m, f.Observed);
        Assert.Equal(0m, f.Baseline);
        Assert.Null(f.Ratio);
        Assert.Equal(12, f.Score);
        Assert.Contains("add up to 12", f.Explanation, StringComparison.Ordinal);
    }
}
