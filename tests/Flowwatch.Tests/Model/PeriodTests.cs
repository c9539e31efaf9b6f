using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Flowwatch.Model;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Model;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2024", PeriodKind.Year, 1)]
    [InlineData("2024-H1", PeriodKind.Half, 1)]
    [InlineData("2024-h2", PeriodKind.Half, 2)]
    [InlineData("2024-Q3", PeriodKind.Quarter, 3)]
    [InlineData("2024-07", PeriodKind.Month, 7)]
    [InlineData("2024-YTD09", PeriodKind.YearToDate, 9)]
    [InlineData(" 2024-Q4 ", PeriodKind.Quarter, 4)]
    public void Parse_reads_every_kind(string text, PeriodKind kind, int index)
    {
        foreach (string culture in CultureSaver.Cultures)
        {
            CultureSaver.Run(culture, () =>
            {
                Period p = Period.Parse(text);
                Assert.Equal(2024, p.Year);
                Assert.Equal(kind, p.Kind);
                Assert.Equal(index, p.Index);
            });
        }
    }

    [Theory]
    [InlineData("2024-Q5")]
    [InlineData("2024-Q0")]
    [InlineData("2024-H3")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("24")]
    [InlineData("2024Q3")]
    [InlineData("")]
    [InlineData("abcd")]
    [InlineData("1899")]
    [InlineData("2024-YTD13")]
    public void TryParse_rejects_what_is_not_a_period(string text) => Assert.False(Period.TryParse(text, out _));

    [Fact]
    public void Parse_rejects_quarter_5_quoting_the_text()
    {
        var e = Assert.Throws<FormatException>(() => Period.Parse("2024-Q5"));
        Assert.Contains("'2024-Q5'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "2024-Q1")]
    [InlineData(6, "2024-H1")]
    [InlineData(12, "2024")]
    [InlineData(1, "2024-01")]
    [InlineData(9, "2024-YTD09")]
    public void YearToMonth_normalises_to_the_period_it_closes(int month, string expected) =>
        Assert.Equal(expected, Period.YearToMonth(2024, month).ToString());

    [Fact]
    public void YearEarlier_keeps_the_kind() => Assert.Equal(Period.Parse("2023-Q3"), Period.Parse("2024-Q3").YearEarlier);

    [Fact]
    public void Next_and_previous_cross_the_year()
    {
        Assert.Equal(Period.Parse("2025-Q1"), Period.Parse("2024-Q4").Next);
        Assert.Equal(Period.Parse("2023-12"), Period.Parse("2024-01").Previous);
        Assert.Equal(Period.Parse("2024-H1"), Period.Parse("2023-H2").Next);
    }

    [Fact]
    public void Contains_knows_quarters_in_halves_and_years()
    {
        Assert.True(Period.Parse("2024").Contains(Period.Parse("2024-Q3")));
        Assert.True(Period.Parse("2024-H2").Contains(Period.Parse("2024-08")));
        Assert.False(Period.Parse("2024-H1").Contains(Period.Parse("2024-Q3")));
        Assert.False(Period.Parse("2024").Contains(Period.Parse("2023-Q3")));
        Assert.True(Period.Parse("2024-YTD09").Contains(Period.Parse("2024-Q3")));
    }

    [Fact]
    public void Split_tiles_a_year_into_quarters_and_refuses_what_does_not_tile()
    {
        Assert.Equal(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"], Period.Parse("2024").Split(PeriodKind.Quarter).Select(p => p.ToString()));
        Assert.Equal(6, Period.Parse("2024-H2").Split(PeriodKind.Month).Count);
        Assert.Empty(Period.Parse("2024-Q1").Split(PeriodKind.Half));
    }

    [Fact]
    public void TryGetEnclosing_finds_the_quarter_of_a_month()
    {
        Assert.True(Period.Parse("2024-08").TryGetEnclosing(PeriodKind.Quarter, out Period q));
        Assert.Equal(Period.Parse("2024-Q3"), q);
        Assert.False(Period.Parse("2024-H1").TryGetEnclosing(PeriodKind.Quarter, out _));
    }

    [Fact]
    public void Ordering_puts_a_year_before_its_quarters()
    {
        var sorted = new[] { "2024-Q2", "2024", "2023-Q4", "2024-H1", "2024-Q1" }.Select(t => Period.Parse(t)).Order().Select(p => p.ToString());
        Assert.Equal(["2023-Q4", "2024", "2024-H1", "2024-Q1", "2024-Q2"], sorted);
    }

    [Property]
    public Property Text_form_round_trips(PositiveInt seed)
    {
        int n = seed.Get;
        int year = 1900 + (n % 300);
        Period p = (n % 4) switch
        {
            0 => Period.OfYear(year),
            1 => Period.OfHalf(year, (n % 2) + 1),
            2 => Period.OfQuarter(year, (n % 4) + 1),
            _ => Period.OfMonth(year, (n % 12) + 1),
        };
        return (Period.Parse(p.ToString()) == p).ToProperty();
    }

    [Property]
    public Property The_quarters_of_a_year_contain_its_months(PositiveInt seed)
    {
        Period month = Period.OfMonth(2000 + (seed.Get % 50), (seed.Get % 12) + 1);
        Period year = Period.OfYear(month.Year);
        return (year.Split(PeriodKind.Quarter).Count(q => q.Contains(month)) == 1).ToProperty();
    }
    [Theory]
    [InlineData("2024-Q3", -1, "2023-Q3")]
    [InlineData("2024", 2, "2026")]
    [InlineData("2024-YTD09", -1, "2023-YTD09")]
    [InlineData("2024-07", -3, "2021-07")]
    public void TryAddYears_moves_the_same_period_by_whole_years(string from, int years, string expected)
    {
        Assert.True(Period.Parse(from).TryAddYears(years, out Period moved));
        Assert.Equal(Period.Parse(expected), moved);
    }

    [Theory]
    [InlineData("2024-Q1", -1, "2023-Q4")]
    [InlineData("2024-Q3", -6, "2023-Q1")]
    [InlineData("2024-H2", 1, "2025-H1")]
    [InlineData("2024-01", -13, "2022-12")]
    [InlineData("2024", -1, "2023")]
    public void TryAddSteps_moves_by_periods_of_its_own_kind(string from, int steps, string expected)
    {
        Assert.True(Period.Parse(from).TryAddSteps(steps, out Period moved));
        Assert.Equal(Period.Parse(expected), moved);
    }

    [Fact]
    public void Period_arithmetic_refuses_to_leave_the_accepted_years_or_to_step_a_year_to_date()
    {
        Assert.False(Period.OfYear(Period.MaxYear).TryAddYears(1, out _));
        Assert.False(Period.OfQuarter(Period.MinYear, 1).TryAddSteps(-1, out _));
        Assert.False(Period.YearToMonth(2024, 9).TryAddSteps(1, out _));
        Assert.False(Period.OfYear(2024).TryAddYears(int.MinValue, out _));
    }
}
