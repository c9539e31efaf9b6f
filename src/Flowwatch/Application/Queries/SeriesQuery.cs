using Flowwatch.Analysis.Series;
using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Application.Queries;

/// <summary>The series query use case: the figures a <see cref="SeriesRequest"/> names, laid out by period with their witnesses.</summary>
/// <remarks>Called by <c>flowwatch series</c> and <c>GET /api/series</c>; each renders the points its own way.</remarks>
public sealed class SeriesQuery
{
    private readonly IObservationStore _store;

    /// <summary>A query over <paramref name="store"/>.</summary>
    /// <param name="store">The store to read; it is not written.</param>
    public SeriesQuery(IObservationStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>The points of every series that matches, each series in period order.</summary>
    /// <param name="request">The query.</param>
    public IReadOnlyList<SeriesPoint> Run(SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Lay(_store.Current(request.Query), request);
    }

    /// <summary>
    /// The published wholes that differ from the sum of their published parts, in the series the request names (its
    /// period kind aside): both figures are kept and neither is picked.
    /// </summary>
    /// <param name="request">The query.</param>
    public IReadOnlyList<Disagreement> Disagreements(SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SeriesAggregator.FindDisagreements(_store.Current(request.Query).Where(o => request.Query.Selects(o.Key)).ToList());
    }

    /// <summary>
    /// Lays out, of figures already read with the request's provenance (the web keeps the current figures in memory
    /// between requests), those of the series the request names.
    /// </summary>
    /// <param name="figures">Current figures; those of other series are left out.</param>
    /// <param name="request">The query.</param>
    public static IReadOnlyList<SeriesPoint> Lay(IEnumerable<Observation> figures, SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(request);
        return SeriesAggregator.Lay(figures.Where(o => request.Query.Selects(o.Key)), request.By);
    }
}
