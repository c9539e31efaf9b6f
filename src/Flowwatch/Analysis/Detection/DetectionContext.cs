using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>What the detectors weigh the figures against: the sanctions rules, the context events and known capacities.</summary>
/// <param name="Rules">Sanctions rules (data/rules.csv).</param>
/// <param name="Events">Dated context events (data/events.csv).</param>
/// <param name="Capacities">Known capacities (data/capacity.csv).</param>
public sealed record DetectionContext(IReadOnlyList<Rule> Rules, IReadOnlyList<ContextEvent> Events, IReadOnlyList<CapacityFigure> Capacities)
{
    /// <summary>Known breaks in series (data/breaks.csv): closed borders, methodology changes.</summary>
    public IReadOnlyList<SeriesBreak> Breaks { get; init; } = [];

    /// <summary>No rules, events or capacities.</summary>
    public static DetectionContext Empty { get; } = new([], [], []);
}
