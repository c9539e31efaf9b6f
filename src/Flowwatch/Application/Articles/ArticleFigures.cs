using Flowwatch.Analysis.Claims;
using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Application.Articles;

/// <summary>
/// The figures an article is checked against, as its front end holds them: the latest, and the way to ask what had
/// been published by a day. The web passes its snapshot's figures and the verifier it built over them once.
/// </summary>
/// <param name="Latest">The current figures (the latest revision of each).</param>
/// <param name="PublishedBy">The figures as they had been published by the end of a day.</param>
/// <param name="References">The reference figures (data/capacity.csv) that are checkable frames too.</param>
public sealed record ArticleFigures(IReadOnlyList<Observation> Latest, Func<DateOnly, IReadOnlyList<Observation>> PublishedBy, IReadOnlyList<CapacityFigure> References)
{
    /// <summary>A verifier over <see cref="Latest"/> already built, so that a front end serving many requests builds it once; null builds one.</summary>
    public ClaimVerifier? LatestVerifier { get; init; }

    /// <summary>
    /// The figures of <paramref name="store"/> that <paramref name="query"/> selects (its provenance options: known-at,
    /// synthetic), with the bundled reference figures: what `verify`, `trace` and the article ingest check against.
    /// </summary>
    /// <param name="store">The store to read; it is not written.</param>
    /// <param name="query">The provenance to read with; <see cref="ObservationQuery.All"/> for every current figure.</param>
    public static ArticleFigures Of(IObservationStore store, ObservationQuery query)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        return new ArticleFigures(store.Current(query), day => store.Current(query with { AsOf = day }), ReferenceData.Load().Capacities);
    }
}
