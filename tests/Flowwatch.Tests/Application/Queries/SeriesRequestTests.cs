using Flowwatch.Application.Queries;
using Flowwatch.Model;

namespace Flowwatch.Tests.Application.Queries;

public sealed class SeriesRequestTests
{
    private static readonly RequestParameters Http = new(ParameterStyle.QueryString);
    private static readonly RequestParameters Cli = new(ParameterStyle.CommandLine);

    [Fact]
    public void TryParse_reads_every_parameter()
    {
        Assert.True(SeriesRequest.TryParse(Http, "Nordkorea", "Россия", "ru-fsb-entries-by-purpose", "Study", "year", "2024-12-31", null, "false", out SeriesRequest? request, out string? problem), problem);
        Assert.Equal("KP", request!.Query.Partner!.Value.Code);
        Assert.Equal("RU", request.Query.Reporter!.Value.Code);
        Assert.Equal("ru-fsb-entries-by-purpose", request.Query.Dataset!.Value.Id);
        Assert.Equal("study", request.Query.Breakdown!.Value.Code);
        Assert.Equal(PeriodKind.Year, request.By);
        Assert.Equal(new DateOnly(2024, 12, 31), request.Query.AsOf);
        Assert.False(request.Query.IncludeSynthetic);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void TryParse_requires_the_partner_and_says_so_in_each_front_end_s_words(string? partner)
    {
        Assert.False(SeriesRequest.TryParse(Http, partner, null, null, null, null, null, null, null, out _, out string? web));
        Assert.Equal("partner is required: a country code or name such as KP or North Korea.", web);
        Assert.False(SeriesRequest.TryParse(Cli, partner, null, null, null, null, null, null, null, out _, out string? cli));
        Assert.Equal("--partner is required: a country code or name such as KP or North Korea.", cli);
    }

    [Theory]
    [InlineData("XX", null, null, null, "partner 'XX'")]
    [InlineData("KP", "Narnia", null, null, "reporter 'Narnia'")]
    [InlineData("KP", null, "Not A Dataset", null, "dataset 'Not A Dataset'")]
    [InlineData("KP", null, null, "sightseeing!", "breakdown 'sightseeing!'")]
    public void TryParse_names_the_first_wrong_parameter(string partner, string? reporter, string? dataset, string? breakdown, string start)
    {
        Assert.False(SeriesRequest.TryParse(Http, partner, reporter, dataset, breakdown, null, null, null, null, out SeriesRequest? request, out string? problem));
        Assert.Null(request);
        Assert.StartsWith(start, problem, StringComparison.Ordinal);
    }
}
