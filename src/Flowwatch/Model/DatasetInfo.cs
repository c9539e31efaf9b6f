namespace Flowwatch.Model;

/// <summary>What a dataset counts and who publishes it.</summary>
/// <param name="Id">The dataset id.</param>
/// <param name="Publisher">Who publishes the figures (and through whom Flowwatch has them).</param>
/// <param name="Title">What it counts, in a line.</param>
/// <param name="Unit">The unit: trips, visas, persons, permits.</param>
/// <param name="BreakdownKind">What the breakdown holds: purpose, mode, visa type, or total only.</param>
public sealed record DatasetInfo(DatasetId Id, string Publisher, string Title, string Unit, string BreakdownKind)
{
    private static readonly string[] CountUnits = ["trips", "entries", "visas", "persons", "people", "permits", "workers", "students"];

    /// <summary>The publisher family within which publication frontiers are compared (<c>ru-fsb</c>); null where not stated.</summary>
    public string? Family { get; init; }

    /// <summary>The whole this dataset breaks down: datasets sharing a whole break down the same totals; null where not stated.</summary>
    public string? Whole { get; init; }

    /// <summary>Whether the partner is the destination of trips rather than the nationality counted; null where not stated.</summary>
    public bool? PartnerIsDestination { get; init; }

    /// <summary>The purpose the dataset counts as a whole (workers present count work), or null.</summary>
    public Purpose? CountsPurpose { get; init; }

    /// <summary>Whether the unit counts things (trips, visas, persons, permits), so that every figure is a whole number.</summary>
    public bool IsCount => CountUnits.Contains(Unit.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the breakdown is a purpose of trip or stay (<see cref="Purpose"/>).</summary>
    public bool IsByPurpose => string.Equals(BreakdownKind.Trim(), "purpose", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the dataset publishes a total only, so that its one breakdown is <c>total</c>.</summary>
    public bool IsTotalOnly => string.Equals(BreakdownKind.Trim(), "total", StringComparison.OrdinalIgnoreCase);
}
