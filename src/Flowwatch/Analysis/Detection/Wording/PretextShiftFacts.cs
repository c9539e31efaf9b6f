using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>What a pretext shift states (<see cref="PretextShiftDetector"/>).</summary>
/// <param name="Current">The figure of the pretext purpose.</param>
/// <param name="Total">The total of the same table and period.</param>
/// <param name="Share">The purpose's share of the total, 0 to 1.</param>
/// <param name="HistoricalShare">The median share in the same period of earlier years.</param>
/// <param name="HistoryCount">How many earlier periods that median is of.</param>
/// <param name="History">Their figures, the purpose's and the total's of each period, the latest period first.</param>
/// <param name="Capacity">A known capacity within the years counted; null where none.</param>
/// <param name="OverCapacity">The figure over the capacity; null where there is no capacity.</param>
/// <param name="PretextRules">The rules that name the purpose as a pretext for the nationality.</param>
/// <param name="Score">The shift score.</param>
public sealed record PretextShiftFacts(
    Observation Current,
    Observation Total,
    double Share,
    double HistoricalShare,
    int HistoryCount,
    IReadOnlyList<Observation> History,
    CapacityFigure? Capacity,
    double? OverCapacity,
    IReadOnlyList<Rule> PretextRules,
    double Score) : FindingFacts;
