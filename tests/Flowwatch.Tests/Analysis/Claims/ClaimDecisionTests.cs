using Flowwatch.Analysis.Claims;
using Flowwatch.Model;

namespace Flowwatch.Tests.Analysis.Claims;

/// <summary>The decision stage: contradicted only on a clear frame that fails with no reading that holds.</summary>
public sealed class ClaimDecisionTests
{
    private static ClaimVerifier Verifier => ClaimFixtures.Verifier.Value;

    private static Claim Count(decimal value, bool clear, Period period, params ClaimFrame[] alternatives) =>
        new(0, 1, "x", "x", new Quantity(value, 1, Qualifier.None, QuantityKind.Count), new ClaimFrame
        {
            Partner = Country.Parse("KP"),
            Reporter = Country.Parse("RU"),
            Dataset = DatasetId.Parse("ru-fsb-entries-by-purpose"),
            Breakdown = Breakdown.Total,
            Period = period,
            PeriodSource = clear ? "stated" : "carried from earlier in the article",
            Clear = clear,
        })
        { Alternatives = alternatives };

    [Fact]
    public void A_clear_frame_that_fails_is_contradicted_with_its_relative_error()
    {
        CheckedClaim c = Verifier.Verify(Count(15000, true, Period.OfYear(2024)));
        Assert.Equal(Verdict.Contradicted, c.Verdict);
        Assert.Equal(13221m, c.Actual);
        Assert.Equal(Math.Round((15000m - 13221m) / 13221m, 4), c.RelativeError);
    }

    [Fact]
    public void A_frame_the_text_leaves_open_that_fails_is_not_checkable_not_contradicted()
    {
        CheckedClaim c = Verifier.Verify(Count(15000, false, Period.OfYear(2024)));
        Assert.Equal(Verdict.NotCheckable, c.Verdict);
        Assert.Equal("frame-open", c.Rule);
    }

    [Fact]
    public void An_alternative_that_holds_saves_the_claim_and_is_the_interpretation()
    {
        Claim claim = Count(1117, true, Period.OfYear(2024));
        claim = claim with { Alternatives = [claim.Frame with { Period = Period.OfYear(2023) }] };
        CheckedClaim c = Verifier.Verify(claim);
        Assert.Equal(Verdict.Supported, c.Verdict);
        Assert.Equal(Period.OfYear(2023), c.Interpretation!.Period);
        Assert.Contains(c.Alternatives, a => a.Frame.Period == Period.OfYear(2024) && a.Verdict == Verdict.Contradicted);
    }

    [Fact]
    public void A_weaker_alternative_that_holds_makes_the_claim_partly_supported()
    {
        Claim claim = Count(1117, true, Period.OfYear(2024));
        claim = claim with { Alternatives = [claim.Frame with { Period = Period.OfYear(2023), Clear = false }] };
        Assert.Equal(Verdict.PartlySupported, Verifier.Verify(claim).Verdict);
    }

    [Fact]
    public void Explanations_name_the_figures_as_people_do()
    {
        CheckedClaim c = Verifier.Verify(Count(13221, true, Period.OfYear(2024)));
        Assert.StartsWith("entries of citizens of North Korea into Russia, 2024", c.Explanation, StringComparison.Ordinal);
    }
}
