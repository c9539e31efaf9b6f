using Flowwatch.Analysis.Detection;
using Flowwatch.Application.Queries;
using Flowwatch.Store;

namespace Flowwatch.Tests.Application.Queries;

public sealed class FindingsRequestTests
{
    private static readonly RequestParameters Http = new(ParameterStyle.QueryString);

    [Fact]
    public void TryParse_reads_names_and_leaves_the_scanned_figures_unnarrowed()
    {
        Assert.True(FindingsRequest.TryParse(Http, "북한", "RU", "2024", "medium", "2025-01-31", null, null, out FindingsRequest? request, out string? problem), problem);
        Assert.Equal("KP", request!.Partner!.Value.Code);
        Assert.Equal("RU", request.Reporter!.Value.Code);
        Assert.Equal(2024, request.Since);
        Assert.Equal(Severity.Medium, request.MinSeverity);
        // The partner filters findings, not the figures scanned: other tables tell when one stops.
        Assert.Null(request.Query.Partner);
        Assert.Equal(new DateOnly(2025, 1, 31), request.Query.AsOf);
    }

    [Fact]
    public void TryParse_of_nothing_is_every_finding()
    {
        Assert.True(FindingsRequest.TryParse(Http, null, null, null, null, null, null, null, out FindingsRequest? request, out _));
        Assert.Equal(FindingsRequest.All, request);
        Assert.Equal(ObservationQuery.All, request!.Query);
    }
}
