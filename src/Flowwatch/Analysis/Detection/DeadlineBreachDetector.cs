using Flowwatch.Analysis.Detection.Wording;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// Finds a prohibited purpose (work) counted for a targeted nationality in a period that starts after a
/// rule's deadline, in any dataset that shows it: entries for work, work visas, workers still present
/// (docs/detectors.md#deadline-breach).
/// </summary>
public sealed class DeadlineBreachDetector : IDetector
{
    /// <summary>The detector with its parameters.</summary>
    /// <param name="options">Its parameters; <see cref="DeadlineBreachOptions.Default"/> if null.</param>
    public DeadlineBreachDetector(DeadlineBreachOptions? options = null) => Options = options ?? DeadlineBreachOptions.Default;

    /// <summary>Its parameters.</summary>
    public DeadlineBreachOptions Options { get; }

    /// <inheritdoc/>
    public string Name => DetectorNames.DeadlineBreach;

    /// <inheritdoc/>
    public string Description => "A prohibited purpose (work) counted for a targeted nationality in a period that starts after a rule's deadline.";

    /// <inheritdoc/>
    public void Detect(SeriesIndex index, FindingContext context, ICollection<Finding> found)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(found);
        DeadlineBreachOptions o = Options;
        Rule[] deadlines = context.AllRules.Where(r => r.Deadline is not null && r.Prohibited.Count > 0).ToArray();
        if (deadlines.Length == 0)
        {
            return;
        }

        Dictionary<(Country, Country, Purpose), Observation> preBan = PreBanBaselines(index, context, deadlines);
        foreach (SeriesData series in index.Series)
        {
            SeriesKey key = series.Key;
            if (context.Conventions.PartnerIsDestination(key.Dataset) || context.Conventions.PurposeOf(key) is not { } purpose || purpose == Purpose.Total)
            {
                continue;
            }

            Rule[] applicable = deadlines.Where(r => r.AppliesTo(key.Partner) && r.Prohibited.Contains(purpose)).ToArray();
            if (applicable.Length == 0)
            {
                continue;
            }

            foreach (PeriodSlots slots in series.Kinds)
            {
                foreach (Observation? slot in slots.Slots)
                {
                    if (slot is not { } current || current.Value <= 0)
                    {
                        continue;
                    }

                    // A period that straddles the deadline cannot tell before from after: only periods starting after it count.
                    DateOnly start = current.Period.Start();
                    Rule? rule = applicable.Where(r => start > r.Deadline).OrderByDescending(r => r.Deadline).FirstOrDefault();
                    if (rule is null)
                    {
                        continue;
                    }

                    Severity severity = current.Value >= o.Count.High ? Severity.High : current.Value >= o.Count.Medium ? Severity.Medium : Severity.Low;
                    IReadOnlyList<Rule> rules = context.RulesFor(key, current.Period).Where(r => r.Prohibited.Contains(purpose)).ToArray();
                    Finding finding = preBan.TryGetValue((key.Reporter, key.Partner, purpose), out Observation? before)
                        ? context.Make(Name, key, current.Period, current.Value, before.Value, (double)current.Value, severity, new DeadlineBreachFacts(current, rule, before), [current, before], rules, rule.Id)
                        : context.Make(Name, key, current.Period, current.Value, 0, (double)current.Value, severity, new DeadlineBreachFacts(current, rule, null), [current], rules, rule.Id);
                    found.Add(finding with { Mark = FindingMark.Deadlines });
                }
            }
        }
    }

    /// <summary>
    /// The pre-ban baseline of each reporter, targeted partner and prohibited purpose: the latest figure, in any dataset
    /// that counts the purpose (registrations for work, entries for work, work visas), of a period that ended before the
    /// first rule restricting it was adopted; among figures of the same end, the one of the longest period
    /// (a year over its last quarter). The MVD's 27,417 primary registrations for work in 2016 are such a figure.
    /// </summary>
    private static Dictionary<(Country, Country, Purpose), Observation> PreBanBaselines(SeriesIndex index, FindingContext context, Rule[] deadlines)
    {
        var result = new Dictionary<(Country, Country, Purpose), Observation>();
        foreach (SeriesData series in index.Series)
        {
            SeriesKey key = series.Key;
            if (context.Conventions.PartnerIsDestination(key.Dataset) || context.Conventions.PurposeOf(key) is not { } purpose || purpose == Purpose.Total)
            {
                continue;
            }

            DateOnly[] adopted = context.AllRules.Where(r => r.AppliesTo(key.Partner) && r.Prohibited.Contains(purpose)).Select(r => r.Adopted).ToArray();
            if (adopted.Length == 0 || !deadlines.Any(r => r.AppliesTo(key.Partner) && r.Prohibited.Contains(purpose)))
            {
                continue;
            }

            DateOnly ban = adopted.Min();
            foreach (Observation o in series.Kinds.SelectMany(k => k.Figures))
            {
                if (o.Period.End() >= ban || o.Value <= 0)
                {
                    continue;
                }

                var slot = (key.Reporter, key.Partner, purpose);
                if (!result.TryGetValue(slot, out Observation? best)
                    || o.Period.End() > best.Period.End()
                    || (o.Period.End() == best.Period.End() && o.Period.MonthCount > best.Period.MonthCount))
                {
                    result[slot] = o;
                }
            }
        }

        return result;
    }
}
