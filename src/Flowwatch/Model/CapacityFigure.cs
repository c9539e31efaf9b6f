namespace Flowwatch.Model;

/// <summary>
/// A known capacity against which flows can be weighed (data/capacity.csv): about 130 DPRK students
/// enrolled in Russia in April 2024, say. A head count at a date, not a flow.
/// </summary>
/// <param name="Reporter">The host country.</param>
/// <param name="Partner">The nationality.</param>
/// <param name="Purpose">The purpose the capacity serves (study).</param>
/// <param name="Period">When it was counted.</param>
/// <param name="Value">The figure.</param>
/// <param name="Flag">As published or approximate.</param>
/// <param name="Measure">What was counted, in words.</param>
/// <param name="Citation">Who published it.</param>
public sealed record CapacityFigure(Country Reporter, Country Partner, Purpose Purpose, Period Period, decimal Value, ObservationFlag Flag, string Measure, Citation Citation);
