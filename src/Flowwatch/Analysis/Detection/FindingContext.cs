using Flowwatch.Analysis.Detection.Wording;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// What a detector weighs the figures against (rules, events, capacities, what a dataset id means), and the maker
/// of its findings: <see cref="Make(string, SeriesKey, Period, decimal?, decimal?, double, Severity, string, IReadOnlyList{Observation}, IReadOnlyList{Rule}?, string)"/>
/// attaches the stable id, the rules a finding bears on and the context events dated near it.
/// </summary>
public sealed class FindingContext
{
    /// <summary>Events this many days before a period's start or after its end still count as near it.</summary>
    public const int EventMarginDays = 90;

    private readonly DetectionContext _context;

    /// <summary>The context of one scan.</summary>
    /// <param name="context">The rules, events and capacities.</param>
    /// <param name="conventions">What dataset ids mean.</param>
    public FindingContext(DetectionContext context, DatasetConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(conventions);
        _context = context;
        Conventions = conventions;
    }

    /// <summary>What dataset ids mean: publisher family, whole, destination partners, unit size.</summary>
    public DatasetConventions Conventions { get; }

    /// <summary>The known capacities (data/capacity.csv).</summary>
    public IReadOnlyList<CapacityFigure> Capacities => _context.Capacities;

    /// <summary>Every sanctions rule (data/rules.csv).</summary>
    public IReadOnlyList<Rule> AllRules => _context.Rules;

    /// <summary>
    /// Rules in force by the period's end that target the series' nationality and name its purpose as
    /// prohibited or as a pretext; for a total, every rule that targets the nationality.
    /// </summary>
    /// <param name="key">The series.</param>
    /// <param name="period">The period.</param>
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

    /// <summary>The known breaks (data/breaks.csv).</summary>
    public IReadOnlyList<SeriesBreak> Breaks => _context.Breaks;

    /// <summary>The closure a period of a series lies wholly within, or null: such a figure is no baseline.</summary>
    /// <param name="key">The series.</param>
    /// <param name="period">The period.</param>
    public SeriesBreak? ClosureOf(SeriesKey key, Period period)
    {
        foreach (SeriesBreak b in _context.Breaks)
        {
            if (b.Kind == SeriesBreakKind.Closed && b.Affects(key) && b.Closes(period.Start(), period.End()))
            {
                return b;
            }
        }

        return null;
    }

    /// <summary>The first break (closure or methodology change) that lies between an earlier and a later period of a series, or null.</summary>
    /// <param name="key">The series.</param>
    /// <param name="earlier">The earlier period.</param>
    /// <param name="later">The later period.</param>
    public SeriesBreak? BreakBetween(SeriesKey key, Period earlier, Period later)
    {
        foreach (SeriesBreak b in _context.Breaks)
        {
            if (b.Affects(key) && b.Separates(earlier.End(), later.Start()))
            {
                return b;
            }
        }

        return null;
    }

    /// <summary>
    /// The deadline of a rule bearing on the series that falls after <paramref name="earlier"/> began and before
    /// <paramref name="later"/> did, or null: a level of before such a deadline is no norm for after it.
    /// </summary>
    /// <param name="key">The series.</param>
    /// <param name="earlier">The earlier period.</param>
    /// <param name="later">The later period.</param>
    public Rule? DeadlineBetween(SeriesKey key, Period earlier, Period later)
    {
        foreach (Rule rule in RulesFor(key, later))
        {
            if (rule.Deadline is { } d && earlier.Start() <= d && later.Start() > d)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Events within <see cref="EventMarginDays"/> of the period that involve its reporter or partner.</summary>
    /// <param name="key">The series.</param>
    /// <param name="period">The period.</param>
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

    /// <summary>A finding worded by its detector.</summary>
    /// <param name="detector">The detector's name (<see cref="IDetector.Name"/>).</param>
    /// <param name="key">The series it is about.</param>
    /// <param name="period">The period it is about.</param>
    /// <param name="observed">The figure found; null where nothing was published.</param>
    /// <param name="baseline">What it is compared with; null where there is none.</param>
    /// <param name="score">The detector's test statistic.</param>
    /// <param name="severity">The grade.</param>
    /// <param name="explanation">One sentence with the numbers.</param>
    /// <param name="evidence">The published figures it rests on.</param>
    /// <param name="rules">The rules it bears on; null for <see cref="RulesFor"/>.</param>
    /// <param name="aspect">What tells two findings of one detector on one series and period apart (empty for most).</param>
    public Finding Make(
        string detector, SeriesKey key, Period period, decimal? observed, decimal? baseline, double score, Severity severity,
        string explanation, IReadOnlyList<Observation> evidence, IReadOnlyList<Rule>? rules = null, string aspect = "") =>
        Create(detector, key, period, observed, baseline, score, severity, explanation, null, evidence, rules, aspect);

    /// <summary>A finding worded from its facts by <see cref="FindingWording"/>, which it keeps in <see cref="Finding.Facts"/>.</summary>
    /// <param name="detector">The detector's name (<see cref="IDetector.Name"/>).</param>
    /// <param name="key">The series it is about.</param>
    /// <param name="period">The period it is about.</param>
    /// <param name="observed">The figure found; null where nothing was published.</param>
    /// <param name="baseline">What it is compared with; null where there is none.</param>
    /// <param name="score">The detector's test statistic.</param>
    /// <param name="severity">The grade.</param>
    /// <param name="facts">What the explanation states.</param>
    /// <param name="evidence">The published figures it rests on.</param>
    /// <param name="rules">The rules it bears on; null for <see cref="RulesFor"/>.</param>
    /// <param name="aspect">What tells two findings of one detector on one series and period apart (empty for most).</param>
    public Finding Make(
        string detector, SeriesKey key, Period period, decimal? observed, decimal? baseline, double score, Severity severity,
        FindingFacts facts, IReadOnlyList<Observation> evidence, IReadOnlyList<Rule>? rules = null, string aspect = "") =>
        Create(detector, key, period, observed, baseline, score, severity, FindingWording.Explain(facts, Conventions), facts, evidence, rules, aspect);

    private Finding Create(
        string detector, SeriesKey key, Period period, decimal? observed, decimal? baseline, double score, Severity severity,
        string explanation, FindingFacts? facts, IReadOnlyList<Observation> evidence, IReadOnlyList<Rule>? rules, string aspect)
    {
        double? ratio = observed is { } o && baseline is { } b && b != 0 ? (double)(o / b) : null;
        IReadOnlyList<Rule> bearing = rules ?? RulesFor(key, period);

        // High is for what a catalogued sanctions rule bears on: the rest is context, medium at most, and says so.
        if (severity == Severity.High && bearing.Count == 0)
        {
            const string Note = "Medium, not high: no sanctions rule in the catalogue bears on this series.";
            severity = Severity.Medium;
            if (facts is not null)
            {
                facts = facts with { GradeNote = Note };
                explanation = FindingWording.Explain(facts, Conventions);
            }
            else
            {
                explanation += " " + Note;
            }
        }

        return new Finding(
            FindingIds.For(detector, key, period, aspect), detector, key, period, observed, baseline, ratio, score, severity,
            bearing, explanation, evidence, EventsNear(key, period))
        {
            Facts = facts,
        };
    }
}
