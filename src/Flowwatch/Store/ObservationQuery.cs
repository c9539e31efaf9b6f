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

    /// <summary>
    /// Only what had been published by the end of this day counts (<see cref="Witness.Published"/>): witnesses and
    /// reports that appeared later are left out, and a figure revised later shows its value of that day.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Only files the store held at this instant count: the store as it was then, whatever was published.</summary>
    public DateTimeOffset? KnownAt { get; init; }

    /// <summary>Whether synthetic test data counts too; it is left out unless asked for.</summary>
    public bool IncludeSynthetic { get; init; }

    /// <summary>Everything real.</summary>
    public static ObservationQuery All { get; } = new();

    /// <summary>
    /// Whether the series <paramref name="key"/> is one the query asks for (dataset, reporter, partner, category);
    /// the provenance filters (<see cref="AsOf"/>, <see cref="KnownAt"/>, <see cref="IncludeSynthetic"/>) are the
    /// store's to apply and are not looked at.
    /// </summary>
    /// <param name="key">A series key.</param>
    public bool Selects(SeriesKey key) =>
        (Dataset is not { } d || key.Dataset == d)
        && (Reporter is not { } r || key.Reporter == r)
        && (Partner is not { } p || key.Partner == p)
        && (Breakdown is not { } b || key.Breakdown == b);
}
