using Flowwatch.Model;

namespace Flowwatch.Tests.Model;

public sealed class SdmxPeriodsTests
{
    [Theory]
    [InlineData("2024", "2024")]
    [InlineData("2024-H1", "2024-S1")]
    [InlineData("2024-H2", "2024-S2")]
    [InlineData("2024-Q3", "2024-Q3")]
    [InlineData("2024-07", "2024-07")]
    [InlineData("2024-YTD08", "2024-01-01/P8M")]
    [InlineData("2024-YTD11", "2024-01-01/P11M")]
    public void Each_kind_of_period_is_written_as_SDMX_writes_it_and_read_back(string flowwatch, string sdmx)
    {
        Period period = Period.Parse(flowwatch);
        Assert.Equal(sdmx, SdmxPeriods.Format(period));
        Assert.True(SdmxPeriods.TryParse(sdmx, out Period back));
        Assert.Equal(period, back);
    }

    [Theory]
    [InlineData("2024-H1")]
    [InlineData("2024-YTD08")]
    [InlineData("2024-S3")]
    [InlineData("2024-02-01/P8M")]
    [InlineData("2024-01-01/P8D")]
    [InlineData("2024-01-01/P13M")]
    [InlineData("24-Q1")]
    [InlineData("")]
    public void Flowwatchs_own_forms_and_damaged_periods_are_not_SDMX(string text) =>
        Assert.False(SdmxPeriods.TryParse(text, out _));
}
