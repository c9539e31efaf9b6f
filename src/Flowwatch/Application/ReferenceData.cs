using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Catalogs;

namespace Flowwatch.Application;

/// <summary>
/// The rules, events and capacities the detectors weigh figures against: the bundled files
/// (data/rules.csv, data/events.csv, data/capacity.csv) or the user's own; and the known breaks (data/breaks.csv).
/// </summary>
public static class ReferenceData
{
    /// <summary>Loads the reference data; a null path takes the bundled file.</summary>
    /// <exception cref="SourceException">A file is missing or has errors; the message lists every problem with file and line.</exception>
    public static DetectionContext Load(string? rulesPath = null, string? eventsPath = null, string? capacityPath = null)
    {
        IReadOnlyList<Rule> rules = (rulesPath is null ? RuleCatalogReader.LoadBundled() : RuleCatalogReader.Read(SourceFile.Load(rulesPath))).ItemsOrThrow();
        IReadOnlyList<ContextEvent> events = (eventsPath is null ? ContextEventReader.LoadBundled() : ContextEventReader.Read(SourceFile.Load(eventsPath))).ItemsOrThrow();
        IReadOnlyList<CapacityFigure> capacities = (capacityPath is null ? CapacityReader.LoadBundled() : CapacityReader.Read(SourceFile.Load(capacityPath))).ItemsOrThrow();
        IReadOnlyList<SeriesBreak> breaks = BreakCatalogReader.LoadBundled().ItemsOrThrow();
        return new DetectionContext(rules, events, capacities) { Breaks = breaks };
    }
}
