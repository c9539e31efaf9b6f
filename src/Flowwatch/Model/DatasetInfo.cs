namespace Flowwatch.Model;

/// <summary>What a dataset counts and who publishes it.</summary>
/// <param name="Id">The dataset id.</param>
/// <param name="Publisher">Who publishes the figures (and through whom Flowwatch has them).</param>
/// <param name="Title">What it counts, in a line.</param>
/// <param name="Unit">The unit: trips, visas, persons, permits.</param>
/// <param name="BreakdownKind">What the breakdown holds: purpose, mode, visa type, or total only.</param>
public sealed record DatasetInfo(DatasetId Id, string Publisher, string Title, string Unit, string BreakdownKind);
