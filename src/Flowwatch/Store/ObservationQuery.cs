using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>Which figures to fetch; every criterion left null matches all.</summary>
public sealed record ObservationQuery
{
    /// <summary>The statistic.</summary>
    public DatasetId? Dataset { get; init; }

    /// <summary>The reporting country.</summary>
    public Country? Reporter { get; init; }

    /// <summary>The partner country (citizenship, or destination for exits).</summary>
    public Country? Partner { get; init; }

    /// <summary>The category.</summary>
    public Breakdown? Breakdown { get; init; }

    /// <summary>Only files ingested at or before this instant count: the store as it was then.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>Everything.</summary>
    public static ObservationQuery All { get; } = new();
}
