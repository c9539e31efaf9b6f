using System.Collections.Concurrent;
using Flowwatch.Analysis.Claims;
using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Application.Queries;
using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Web.Data;

/// <summary>
/// What the store held when it was last read: the current figures, their revision history and the
/// ingested files. Immutable, so every request reads it without a lock; answers computed from it are
/// cached on it and die with it when the store changes.
/// </summary>
internal sealed class StoreSnapshot
{
    public StoreSnapshot(long version, IReadOnlyList<Observation> current, IReadOnlyList<Observation> history, IReadOnlyList<SourceRecord> sources, FindingsQuery findings)
    {
        Version = version;
        Current = current;
        History = history;
        Sources = sources;
        Partners = current.Select(o => o.Key.Partner).Distinct().Order().ToList();

        // Every figure is scanned, as `flowwatch scan` does: a publisher's other tables tell when one stops.
        _findings = new Lazy<IReadOnlyList<Finding>>(() => findings.Scan(current));
        // The reference figures (data/capacity.csv) are checkable frames too, as in `flowwatch verify`: the web and the
        // CLI give the same verdicts ("about 130 North Korean students" is supported by the capacity figure).
        _verifier = new Lazy<ClaimVerifier>(() => new ClaimVerifier(current, references: References));
    }

    private readonly Lazy<ClaimVerifier> _verifier;

    /// <summary>The claim verifier over <see cref="Current"/>, built on first use and shared by every request.</summary>
    public ClaimVerifier Verifier => _verifier.Value;

    private static readonly Lazy<DetectionContext> LazyReference = new(() => ReferenceData.Load());

    /// <summary>The bundled rules, events and capacities the detectors weigh findings against.</summary>
    public static DetectionContext Reference => LazyReference.Value;

    /// <summary>The reference figures (data/capacity.csv) every claim verifier of the web checks against, as the CLI's does.</summary>
    public static IReadOnlyList<CapacityFigure> References => Reference.Capacities;

    private readonly Lazy<IReadOnlyList<Finding>> _findings;

    /// <summary>What the detectors find in <see cref="Current"/>, computed on first use.</summary>
    public IReadOnlyList<Finding> Findings => _findings.Value;

    public long Version { get; }

    public IReadOnlyList<Observation> Current { get; }

    public IReadOnlyList<Observation> History { get; }

    public IReadOnlyList<SourceRecord> Sources { get; }

    public IReadOnlyList<Country> Partners { get; }

    /// <summary>At most this many rendered answers are kept: query strings are the client's to vary.</summary>
    public const int MaxCachedResponses = 4096;

    /// <summary>Rendered responses by request key (e.g. a normalised /api/series query).</summary>
    public ConcurrentDictionary<string, byte[]> Responses { get; } = new(StringComparer.Ordinal);

    /// <summary>The rendered answer for <paramref name="key"/>, rendered once per store version while the cache has room.</summary>
    public byte[] Cached<TState>(string key, TState state, Func<TState, byte[]> render)
    {
        if (Responses.TryGetValue(key, out byte[]? body))
        {
            return body;
        }

        body = render(state);
        if (Responses.Count < MaxCachedResponses)
        {
            Responses.TryAdd(key, body);
        }

        return body;
    }
}
