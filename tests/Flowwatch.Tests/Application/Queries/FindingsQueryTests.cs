using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Application.Queries;

namespace Flowwatch.Tests.Application.Queries;

public sealed class FindingsQueryTests(BundledStoreFixture bundled) : IClassFixture<BundledStoreFixture>
{
    private static readonly RequestParameters Cli = new(ParameterStyle.CommandLine);

    [Fact]
    public void Run_lists_only_the_findings_the_request_asks_for_out_of_a_full_scan()
    {
        var query = new FindingsQuery(ReferenceData.Load());
        IReadOnlyList<Finding> all = query.Run(bundled.Store, FindingsRequest.All);
        Assert.True(FindingsRequest.TryParse(Cli, "North Korea", "Russia", "2024", "high", null, null, null, out FindingsRequest? request, out string? problem), problem);

        IReadOnlyList<Finding> listed = query.Run(bundled.Store, request!);

        Assert.NotEmpty(listed);
        Assert.True(listed.Count < all.Count);
        Assert.All(listed, f =>
        {
            Assert.Equal("KP", f.Key.Partner.Code);
            Assert.Equal("RU", f.Key.Reporter.Code);
            Assert.True(f.Period.Year >= 2024);
            Assert.Equal(Severity.High, f.Severity);
        });
        Assert.Equal(all.Where(request!.Matches).Select(f => f.Explanation), listed.Select(f => f.Explanation));
        Assert.Equal(listed.Select(f => f.Explanation), FindingsQuery.Filter(all, request).Select(f => f.Explanation));
    }

    [Fact]
    public void Report_gives_the_same_findings_as_run_with_every_figure_their_charts_draw()
    {
        var query = new FindingsQuery(ReferenceData.Load());
        Assert.True(FindingsRequest.TryParse(Cli, "KP", null, null, "medium", null, null, null, out FindingsRequest? request, out string? problem), problem);

        FindingsReport report = query.Report(bundled.Store, request!);

        Assert.Equal(query.Run(bundled.Store, request!).Select(f => f.Id), report.Findings.Select(f => f.Id));
        Assert.Equal(bundled.Store.Current(request!.Query).Count, report.Figures.Count);
        Assert.Equal("Flowwatch findings on KP", report.Title);
    }
}
