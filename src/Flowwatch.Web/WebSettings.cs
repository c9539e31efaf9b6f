namespace Flowwatch.Web;

/// <summary>How `flowwatch serve` runs: which store, and the limits it enforces.</summary>
/// <remarks>
/// The web never picks a store engine itself: the composition root (the command, a test host) hands it the openers,
/// so that a PostgreSQL connection string works here as for every other verb and the web depends on no engine.
/// </remarks>
public sealed record WebSettings
{
    /// <summary>Opens the store to serve, read-only.</summary>
    public required Func<Store.IObservationStore> OpenStore { get; init; }

    /// <summary>Opens the sanctions list versions, read-only.</summary>
    public required Func<Store.Sanctions.ISanctionsStore> OpenSanctions { get; init; }

    /// <summary>Opens the stored articles, read-only.</summary>
    public required Func<Store.Articles.IArticleStore> OpenArticles { get; init; }

    /// <summary>
    /// The largest request body accepted, in bytes (an article to check, a form). Larger bodies get 413
    /// with a problem-details message. One MiB holds a long article many times over.
    /// </summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// How many article checks (<c>POST /api/verify</c>, the check page) run at once; one per two cores by default, at
    /// least one. A check of a pasted megabyte takes a few hundred megabytes while it runs.
    /// </summary>
    public int MaxConcurrentChecks { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>How many more checks wait for their turn; beyond that a check is answered 503 with <c>Retry-After</c>.</summary>
    public int QueuedChecks { get; init; } = 2 * Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>
    /// The detectors behind the findings pages, <c>/api/findings</c> and the feed; null means those of `flowwatch scan`
    /// (<see cref="Analysis.Detection.DetectorSuite.Default"/>). The command passes its own, so a registered detector shows on both.
    /// </summary>
    public Analysis.Detection.DetectorSuite? Detectors { get; init; }

    /// <summary>How often, at most, the server asks the store whether a file was ingested since it last read it (a concurrent `flowwatch ingest`).</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(2);
}
