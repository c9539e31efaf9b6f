using Flowwatch.Model;

namespace Flowwatch.Tests.Model;

public sealed class PurposeCodesTests
{
    [Fact]
    public void Every_purpose_round_trips_through_its_code()
    {
        foreach (Purpose p in Enum.GetValues<Purpose>())
        {
            Assert.Equal(p, PurposeCodes.Parse(p.ToCode()));
        }
    }

    [Fact]
    public void Parse_rejects_medical_listing_the_codes()
    {
        var e = Assert.Throws<FormatException>(() => PurposeCodes.Parse("medical"));
        Assert.Contains("study", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Breakdown_knows_when_it_is_a_purpose()
    {
        Assert.Equal(Purpose.Study, Breakdown.Parse("study").AsPurpose);
        Assert.Null(Breakdown.Parse("air").AsPurpose);
        Assert.False(Breakdown.TryParse("Stu dy", out _));
    }
}
