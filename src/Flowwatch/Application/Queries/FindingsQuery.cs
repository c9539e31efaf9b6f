using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Application.Queries;

/// <summary>The findings query use case: every detector of a suite over the figures a <see cref="FindingsRequest"/> names, filtered.</summary>
/// <remarks>Called by <c>flowwatch scan</c>, <c>flowwatch report</c> and <c>GET /api/findings</c>.</remarks>
public sealed class FindingsQuery
{
    private readonly DetectionContext _context;

    /// <summary>A query with the rules, events and capacities the detectors weigh.</summary>
    /// <param name="context">The reference data (<see cref="ReferenceData.Load(string?, string?, string?)"/>).</param>
    /// <param name="detectors">The detectors run; <see cref="DetectorSuite.Default"/> if null.</param>
    public FindingsQuery(DetectionContext context, DetectorSuite? detectors = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        Detectors = detectors ?? DetectorSuite.Default;
    }

    /// <summary>The detectors it runs.</summary>
    public DetectorSuite Detectors { get; }

    /// <summary>The listed findings on the figures of <paramref name="store"/>, most severe first.</summary>
    /// <param name="store">The store to read; it is not written.</param>
    /// <param name="request">The query.</param>
    public IReadOnlyList<Finding> Run(IObservationStore store, FindingsRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        return Run(store.Current(request.Query), request);
    }

    /// <summary>The findings report use case (<c>flowwatch report</c>): the listed findings with the figures their charts draw, read once, and the report's title.</summary>
    /// <param name="store">The store to read; it is not written.</param>
    /// <param name="request">The query.</param>
    public FindingsReport Report(IObservationStore store, FindingsRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<Observation> figures = store.Current(request.Query);
        string on = request.Partner is { } partner ? $" on {partner}" : "";
        return new FindingsReport(Run(figures, request), figures, $"Flowwatch findings{on}");
    }

    /// <summary>The listed findings on figures already read for <paramref name="request"/>'s query.</summary>
    /// <param name="figures">The figures; every series, not only the partner's.</param>
    /// <param name="request">The query.</param>
    public IReadOnlyList<Finding> Run(IReadOnlyList<Observation> figures, FindingsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Filter(Scan(figures), request);
    }

    /// <summary>Every finding on <paramref name="figures"/>, most severe first.</summary>
    /// <param name="figures">The figures; every series.</param>
    public IReadOnlyList<Finding> Scan(IReadOnlyList<Observation> figures) => Detectors.Scan(figures, _context);

    /// <summary>The findings of a scan already made that <paramref name="request"/> lists, in their order.</summary>
    /// <param name="findings">The findings of a scan.</param>
    /// <param name="request">The query.</param>
    public static IReadOnlyList<Finding> Filter(IEnumerable<Finding> findings, FindingsRequest request)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(request);
        return findings.Where(request.Matches).ToList();
    }
}
