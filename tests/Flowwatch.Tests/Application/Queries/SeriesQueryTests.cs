using Flowwatch.Analysis.Series;
using Flowwatch.Application.Queries;
using Flowwatch.Store;

namespace Flowwatch.Tests.Application.Queries;

public sealed class SeriesQueryTests(BundledStoreFixture bundled) : IClassFixture<BundledStoreFixture>
{
    private static readonly RequestParameters Http = new(ParameterStyle.QueryString);

    [Theory]
    [InlineData("KP", null, null)]
    [InlineData("North Korea", "RU", "study")]
    [InlineData("КНДР", null, "work")]
    [InlineData("KP", "DE", null)]
    public void Laying_out_figures_in_memory_selects_the_same_series_as_the_store(string partner, string? reporter, string? breakdown)
    {
        Assert.True(SeriesRequest.TryParse(Http, partner, reporter, null, breakdown, null, null, null, null, out SeriesRequest? request, out string? problem), problem);
        IReadOnlyList<SeriesPoint> fromStore = new SeriesQuery(bundled.Store).Run(request!);
        IReadOnlyList<SeriesPoint> inMemory = SeriesQuery.Lay(bundled.Store.Current(ObservationQuery.All), request!);

        Assert.Equal(Describe(fromStore), Describe(inMemory));
        Assert.All(fromStore, p => Assert.Equal("KP", p.Key.Partner.Code));
    }

    [Fact]
    public void A_country_name_gives_the_same_series_as_its_code()
    {
        Assert.True(SeriesRequest.TryParse(Http, "KP", "RU", null, null, "year", null, null, null, out SeriesRequest? byCode, out _));
        Assert.True(SeriesRequest.TryParse(Http, "Nordkorea", "Russland", null, null, "year", null, null, null, out SeriesRequest? byName, out _));
        var query = new SeriesQuery(bundled.Store);
        IReadOnlyList<SeriesPoint> points = query.Run(byCode!);
        Assert.NotEmpty(points);
        Assert.Equal(Describe(points), Describe(query.Run(byName!)));
    }

    private static List<string> Describe(IReadOnlyList<SeriesPoint> points) =>
        points.Select(p => $"{p.Key}|{p.Period}|{p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}").ToList();
}
