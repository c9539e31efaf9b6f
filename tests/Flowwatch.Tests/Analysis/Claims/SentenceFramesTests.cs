using Flowwatch.Analysis.Claims;
using Flowwatch.Model;

namespace Flowwatch.Tests.Analysis.Claims;

/// <summary>The candidate-frames stage on its own.</summary>
public sealed class SentenceFramesTests
{
    private static readonly DatasetId Entries = DatasetId.Parse("ru-fsb-entries-by-purpose");

    private static Claim Make(QuantityKind kind, decimal value, Period? period, Period? compared = null) =>
        new(0, 1, "x", "x", new Quantity(value, 1, Qualifier.None, kind), new ClaimFrame
        {
            Partner = Country.Parse("KP"),
            Reporter = Country.Parse("RU"),
            Dataset = Entries,
            Breakdown = Breakdown.Total,
            Period = period,
            ComparedWith = compared,
            Clear = true,
        });

    [Fact]
    public void A_multiple_takes_both_ends_from_the_counts_of_its_sentence()
    {
        var claims = new List<Claim>
        {
            Make(QuantityKind.Count, 812, Period.OfQuarter(2024, 1)),
            Make(QuantityKind.Multiple, 2, Period.OfQuarter(2024, 2), Period.OfQuarter(2023, 2)),
            Make(QuantityKind.Count, 1696, Period.OfQuarter(2024, 2)),
        };

        SentenceFrames.Reconcile(claims, 0, new DateOnly(2024, 8, 15));

        Assert.Equal(Period.OfQuarter(2024, 2), claims[1].Frame.Period);
        Assert.Equal(Period.OfQuarter(2024, 1), claims[1].Frame.ComparedWith);
        Assert.Contains(claims[1].Alternatives, a => a.ComparedWith == Period.OfQuarter(2023, 2));
    }

    [Fact]
    public void A_year_not_ended_by_publication_is_read_as_the_months_published_and_the_whole_year_kept()
    {
        var claims = new List<Claim>
        {
            Make(QuantityKind.Count, 735, Period.OfYear(2023)),
            Make(QuantityKind.Count, 7700, Period.OfYear(2024)),
        };

        SentenceFrames.Reconcile(claims, 0, new DateOnly(2024, 11, 8));

        Assert.Equal(Period.YearToMonth(2024, 9), claims[1].Frame.Period);
        Assert.Contains(claims[1].Alternatives, a => a.Period == Period.OfYear(2024));
        Assert.Equal(Period.OfYear(2023), claims[0].Frame.Period);
        Assert.Contains(claims[0].Alternatives, a => a.Period == Period.YearToMonth(2023, 9));
    }

    [Fact]
    public void A_year_that_had_ended_is_left_alone()
    {
        var claims = new List<Claim> { Make(QuantityKind.Count, 13221, Period.OfYear(2024)) };
        SentenceFrames.Reconcile(claims, 0, new DateOnly(2025, 2, 10));
        Assert.Equal(Period.OfYear(2024), claims[0].Frame.Period);
        Assert.Empty(claims[0].Alternatives);
    }
}
