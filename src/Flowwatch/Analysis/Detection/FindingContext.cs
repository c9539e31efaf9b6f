using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>Attaches to a finding the rules it bears on and the context events dated near it.</summary>
internal sealed class FindingContext
{
    /// <summary>Events this many days before a period's start or after its end still count as near it.</summary>
    public const int EventMarginDays = 90;

    private readonly DetectionContext _context;

    public FindingContext(DetectionContext context, DatasetConventions conventions)
    {
        _context = context;
        Conventions = conventions;
    }

    public DatasetConventions Conventions { get; }

    public IReadOnlyList<CapacityFigure> Capacities => _context.Capacities;

    public IReadOnlyList<Rule> AllRules => _context.Rules;

    /// <summary>
    /// Rules in force by the period's end that target the series' nationality and name its purpose as
    /// prohibited or as a pretext; for a total, every rule that targets the nationality.
    /// </summary>
    public IReadOnlyList<Rule> RulesFor(SeriesKey key, Period period)
    {
        if (_context.Rules.Count == 0 || Conventions.PartnerIsDestination(key.Dataset))
        {
            return [];
        }

        Purpose? purpose = Conventions.PurposeOf(key);
        DateOnly end = period.End();
        List<Rule>? list = null;
        foreach (Rule rule in _context.Rules)
        {
            if (rule.Adopted > end || !rule.AppliesTo(key.Partner))
            {
                continue;
            }

            if (purpose == Purpose.Total || (purpose is { } p && (rule.Prohibited.Contains(p) || rule.Pretexts.Contains(p))))
            {
                (list ??= []).Add(rule);
            }
        }

        return list ?? (IReadOnlyList<Rule>)[];
    }

    /// <summary>Events within <see cref="EventMarginDays"/> of the period that involve its reporter or partner.</summary>
    public IReadOnlyList<ContextEvent> EventsNear(SeriesKey key, Period period)
    {
        if (_context.Events.Count == 0)
        {
            return [];
        }

        DateOnly from = period.Start().AddDays(-EventMarginDays), to = period.End().AddDays(EventMarginDays);
        return _context.Events
            .Where(e => e.Date >= from && e.Date <= to && (e.Involves(key.Partner) || e.Involves(key.Reporter)))
            .OrderBy(e => e.Date)
            .ToArray();
    }

    public Finding Make(
        string detector, SeriesKey key, Period period, decimal? observed, decimal? baseline, double score, Severity severity,
        string explanation, IReadOnlyList<Observation> evidence, IReadOnlyList<Rule>? rules = null, string aspect = "")
    {
        double? ratio = observed is { } o && baseline is { } b && b != 0 ? (double)(o / b) : null;
        return new Finding(
            FindingIds.For(detector, key, period, aspect), detector, key, period, observed, baseline, ratio, score, severity,
            rules ?? RulesFor(key, period), explanation, evidence, EventsNear(key, period));
    }
}
