using Flowwatch.Model;

namespace Flowwatch.Tests.Model;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2024-11-08", "2024-11-08")]
    [InlineData("2024-08", "2024-08-31")]
    [InlineData("2024", "2024-12-31")]
    [InlineData("2025-08 (c. 11th)", "2025-08-31")]
    [InlineData("undated (Nov 2024)", "2024-11-30")]
    [InlineData("undated (c. Aug 2024)", "2024-08-31")]
    [InlineData("undated (Feb 2026)", "2026-02-28")]
    [InlineData("undated (2024, after Q1)", "2024-12-31")]
    public void TryRead_gives_the_last_day_the_text_can_mean(string text, string expected)
    {
        Assert.True(PublicationDate.TryRead(text, out DateOnly day));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Theory]
    [InlineData("undated")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2024-13-01")]
    public void TryRead_refuses_text_without_a_usable_date(string? text) =>
        Assert.False(PublicationDate.TryRead(text, out _));
}
