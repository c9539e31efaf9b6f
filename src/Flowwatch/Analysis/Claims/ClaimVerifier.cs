using System.Globalization;
using Flowwatch.Analysis.Detection;
using Flowwatch.Analysis.Detection.Wording;
using Flowwatch.Analysis.Series;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// Checks claims against published figures: resolves the frame to a series and period (summing quarters
/// to a half or year that was not published itself), applies the policy's rule for the claim's hedge,
/// and names the rule that decided. Build one per set of figures; it indexes them once.
/// </summary>
public sealed class ClaimVerifier
{
    private const string TooRound = "too-round";

    private readonly Dictionary<(DatasetId, Flow, Breakdown, Period), Observation> _index = [];
    private readonly Dictionary<(DatasetId, Flow), List<Observation>> _bySeries = [];

    // The countries whose figures count a dataset's people of one country: a claim that names no reporter is checked
    // against the only one there is, and is not checkable when there are several.
    private readonly Dictionary<(DatasetId, Country), List<Country>> _reporters = [];
    private readonly ClaimCatalogue _catalogue = ClaimCatalogue.Default;

    // Explanations quote figures; describing each published figure once keeps string work out of the per-claim path.
    private readonly Dictionary<Observation, string> _descriptions = new(ReferenceEqualityComparer.Instance);

    private readonly List<CapacityFigure> _references = [];

    /// <summary>Indexes the figures.</summary>
    /// <param name="observations">The current figures (one per series and period).</param>
    /// <param name="policy">The tolerances; <see cref="ClaimPolicy.Default"/> if null.</param>
    /// <param name="references">
    /// Reference figures that are not flows (data/capacity.csv: about 130 DPRK students enrolled in Russia): a claim whose
    /// words do not say it counts entries is also checked against these.
    /// </param>
    public ClaimVerifier(IReadOnlyList<Observation> observations, ClaimPolicy? policy = null, IReadOnlyList<CapacityFigure>? references = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        Policy = policy ?? ClaimPolicy.Default;
        if (references is not null)
        {
            _references.AddRange(references);
        }

        foreach (Observation o in observations)
        {
            var flow = new Flow(o.Key.Reporter, o.Key.Partner);
            _index[(o.Key.Dataset, flow, o.Key.Breakdown, o.Period)] = o;
            _descriptions[o] = Describe(o.Key, o.Period, o.Provenance.Document.Publisher) + " = " + Format(o.Value) + UnitWords(o.Key.Dataset);
            if (!_bySeries.TryGetValue((o.Key.Dataset, flow), out List<Observation>? list))
            {
                list = [];
                _bySeries[(o.Key.Dataset, flow)] = list;
            }

            list.Add(o);
            if (!_reporters.TryGetValue((o.Key.Dataset, o.Key.Partner), out List<Country>? reporters))
            {
                reporters = [];
                _reporters[(o.Key.Dataset, o.Key.Partner)] = reporters;
            }

            if (!reporters.Contains(o.Key.Reporter))
            {
                reporters.Add(o.Key.Reporter);
            }
        }
    }

    /// <summary>The tolerances in force.</summary>
    public ClaimPolicy Policy { get; }

    /// <summary>
    /// Checks one claim: its frame first, then the other frames the text allows. A claim is contradicted only when its
    /// frame is clear (<see cref="ClaimFrame.Clear"/>) and no other reading holds; a frame the text leaves open that
    /// fails is not checkable, with the candidates listed.
    /// </summary>
    public CheckedClaim Verify(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        claim = claim with { Frame = WithLatestPeriod(claim.Frame) };
        CheckedClaim primary = VerifyFrame(claim, claim.Frame);
        if (primary.Verdict is Verdict.Supported or Verdict.PartlySupported || claim.Frame.Uncovered is not null)
        {
            return Finish(primary, claim.Frame, [], claim.Alternatives, claim);
        }

        var tried = new List<FrameCheck>(claim.Alternatives.Count + 1);
        CheckedClaim? nearest = null;
        (ClaimFrame Frame, CheckedClaim Check)? sameWordsFigure = null;
        foreach (ClaimFrame alternative in claim.Alternatives)
        {
            CheckedClaim other = VerifyFrame(claim, alternative);
            tried.Add(new FrameCheck(alternative, other.Verdict, other.Actual, other.Rule));
            nearest = Nearer(claim, nearest, other);
            if (alternative.SameWords && alternative.Clear && other.Verdict == Verdict.Contradicted && sameWordsFigure is null)
            {
                sameWordsFigure = (alternative, other);
            }

            if (other.Verdict == Verdict.Supported)
            {
                // A reading the text states as clearly as the first one holds: supported; a weaker one: partly.
                Verdict verdict = alternative.Clear ? Verdict.Supported : Verdict.PartlySupported;
                CheckedClaim chosen = other with
                {
                    Verdict = verdict,
                    Explanation = $"Read as {DescribeFrame(alternative)}: {other.Explanation} Read as {DescribeFrame(claim.Frame)}, it {(primary.Verdict == Verdict.Contradicted ? "would not hold: " + primary.Explanation : "cannot be checked: " + primary.Explanation)}",
                };
                tried.RemoveAt(tried.Count - 1);
                tried.Insert(0, new FrameCheck(claim.Frame, primary.Verdict, primary.Actual, primary.Rule));
                return Finish(chosen, alternative, tried, [], claim);
            }
        }

        if (primary.Verdict == Verdict.NotCheckable && primary.Rule is "no-figure" or "no-reporter" && sameWordsFigure is { } figure)
        {
            // The words name several datasets and only another one has a figure here: that figure decides.
            tried.RemoveAt(tried.FindIndex(t => ReferenceEquals(t.Frame, figure.Frame)));
            tried.Insert(0, new FrameCheck(claim.Frame, primary.Verdict, primary.Actual, primary.Rule));
            claim = claim with { Frame = figure.Frame };
            primary = figure.Check;
        }

        if (primary.Verdict != Verdict.Supported && !claim.Frame.Clear && ReferenceHolding(claim) is { } reference)
        {
            return Finish(reference, claim.Frame, [new FrameCheck(claim.Frame, primary.Verdict, primary.Actual, primary.Rule)], [], claim);
        }

        if (primary.Verdict == Verdict.Contradicted && !claim.Frame.Clear)
        {
            // Never accuse on a frame the text does not clearly give.
            CheckedClaim open = primary with
            {
                Verdict = Verdict.NotCheckable,
                Rule = "frame-open",
                Explanation = $"The text leaves the frame open ({OpenParts(claim.Frame)}). Read as {DescribeFrame(claim.Frame)}: {primary.Explanation}",
            };
            return Finish(open, claim.Frame, tried, [], claim);
        }

        if (primary.Verdict == Verdict.Contradicted && nearest is { Evidence: [var meant, ..] })
        {
            // "Probably meant" comes only from a frame the text allows, never from any figure that happens to be close.
            primary = primary with
            {
                Explanation = primary.Explanation + $" The writer probably meant {Describe(meant)}.",
                Evidence = [.. primary.Evidence, meant with { Role = "probably meant" }],
            };
        }

        return Finish(primary, claim.Frame, tried, [], claim);
    }

    /// <summary>A frame that takes the latest period published (<see cref="ClaimFrame.LatestPeriod"/>) with that period filled in.</summary>
    private ClaimFrame WithLatestPeriod(ClaimFrame f)
    {
        if (!f.LatestPeriod || f.Period is not null || f.Dataset is not { } dataset || f.Partner is not { } who || f.Breakdown is not { } breakdown
            || ReporterFor(f, dataset, who) is not { } flow || !_bySeries.TryGetValue((dataset, flow), out List<Observation>? series))
        {
            return f;
        }

        Observation? latest = null;
        foreach (Observation o in series)
        {
            // The latest by the month it ends; of two that end together, the longer (the year rather than its fourth quarter).
            if (o.Key.Breakdown == breakdown && (latest is null || (o.Period.Year, o.Period.LastMonth, o.Period.MonthCount).CompareTo((latest.Period.Year, latest.Period.LastMonth, latest.Period.MonthCount)) > 0))
            {
                latest = o;
            }
        }

        return latest is null ? f : f with { Period = latest.Period, Clear = false };
    }

    // The checked alternative whose figure lies nearest the claimed number within the policy's band, if any.
    private CheckedClaim? Nearer(Claim claim, CheckedClaim? best, CheckedClaim other)
    {
        decimal v = claim.Quantity.Value;
        if (claim.Quantity.Kind != QuantityKind.Count || other.Actual is not { } a || other.Evidence.Count == 0
            || Math.Abs(a - v) > Policy.ProbablyMeantBand * v)
        {
            return best;
        }

        return best?.Actual is { } b && Math.Abs(b - v) <= Math.Abs(a - v) ? best : other;
    }

    private CheckedClaim Finish(CheckedClaim result, ClaimFrame chosen, List<FrameCheck> tried, IReadOnlyList<ClaimFrame> untried, Claim claim)
    {
        IReadOnlyList<FrameCheck> alternatives = tried;
        if (untried.Count > 0)
        {
            var all = new List<FrameCheck>(tried.Count + untried.Count);
            all.AddRange(tried);
            foreach (ClaimFrame f in untried)
            {
                all.Add(new FrameCheck(f, null, null, ""));
            }

            alternatives = all;
        }

        decimal? relative = result.Actual is { } a && a != 0 && claim.Quantity.Kind is QuantityKind.Count or QuantityKind.Multiple or QuantityKind.Share or QuantityKind.PercentChange
            ? Math.Round((claim.Quantity.Value - a) / a, 4)
            : null;
        return result with { Interpretation = chosen, Alternatives = alternatives, RelativeError = relative };
    }

    private static string OpenParts(ClaimFrame f)
    {
        var parts = new List<string>(3);
        if (f.PartnerSource.StartsWith("carried from earlier", StringComparison.Ordinal))
        {
            parts.Add("who is counted is named only earlier in the article");
        }

        if (!f.PeriodSource.StartsWith("stated", StringComparison.Ordinal) && !f.PeriodSource.StartsWith("carried from the paragraph", StringComparison.Ordinal))
        {
            parts.Add("the period is " + (f.PeriodSource.Length > 0 ? f.PeriodSource : "not stated"));
        }

        if (f.ComparisonAssumed)
        {
            parts.Add("it does not say what the change is measured against");
        }

        if (parts.Count == 0)
        {
            parts.Add("no word of the sentence says what is counted (entries, visas, workers)");
        }

        return string.Join("; ", parts);
    }

    private static string DescribeFrame(ClaimFrame f) =>
        f.Dataset is { } d && f.Partner is { } p && f.Breakdown is { } b && f.Period is { } period
            ? Words.Counts(new SeriesKey(d, f.Reporter ?? default, p, b), DatasetConventions.Default) + ", " + period + (f.ComparedWith is { } c ? " against " + c : "")
            : "stated";

    // "Russian universities reported only about 130 North Korean students": a head count from the reference figures.
    private CheckedClaim? ReferenceHolding(Claim claim)
    {
        ClaimFrame f = claim.Frame;
        if (claim.Quantity.Kind != QuantityKind.Count || f.Partner is not { } partner || f.Breakdown?.AsPurpose is not { } purpose)
        {
            return null;
        }

        foreach (CapacityFigure r in _references)
        {
            if (r.Partner != partner || r.Purpose != purpose || (f.Period is { } p && Math.Abs(p.Year - r.Period.Year) > 1))
            {
                continue;
            }

            (bool holds, string rule) = Holds(claim.Quantity, r.Value, r.Flag == ObservationFlag.Approximate);
            if (holds)
            {
                string approx = r.Flag == ObservationFlag.Approximate ? "about " : "";
                return new CheckedClaim(claim, Verdict.Supported, r.Value, "reference-" + rule,
                    () => $"No word of the sentence says it counts entries; the number is the reference figure of {approx}{Format(r.Value)} {r.Measure} in {r.Period} ({r.Citation.Outlet}, {r.Citation.Date}); {Explain(claim.Quantity, rule)}.", []);
            }
        }

        return null;
    }

    private CheckedClaim VerifyFrame(Claim claim, ClaimFrame f)
    {
        if (f.Uncovered is { } what)
        {
            return NotCheckable(claim, "uncovered-topic", $"The figures count entries, visas and workers present, not {what}.");
        }

        if (f.Partner is not { } who || f.Dataset is not { } dataset || f.Breakdown is not { } breakdown)
        {
            return NotCheckable(claim, "no-frame", "The text does not say whose entries, visas or workers the number counts.");
        }

        if (ReporterFor(f, dataset, who) is not { } partner)
        {
            return NotCheckable(claim, "no-reporter", $"The figures of several countries count {Words.Counts(new SeriesKey(dataset, default, who, breakdown), DatasetConventions.Default)}; the text does not say whose.");
        }

        if (f.Period is not { } period)
        {
            return NotCheckable(claim, "no-period", f.PeriodSource.Length > 0
                ? $"The claim's time is {f.PeriodSource}; no period the figures use could be read."
                : "No year, half or quarter is stated or can be read from the article.");
        }

        return claim.Quantity.Kind switch
        {
            QuantityKind.Multiple or QuantityKind.PercentChange => VerifyChange(claim, f, dataset, partner, breakdown, period),
            QuantityKind.Share => VerifyShare(claim, dataset, partner, breakdown, period),
            _ => VerifyCount(claim, dataset, partner, breakdown, period),
        };
    }

    private CheckedClaim VerifyCount(Claim claim, DatasetId dataset, Flow partner, Breakdown breakdown, Period period)
    {
        Quantity q = claim.Quantity;
        // A dataset published in thousands (Rosstat's trips) is checked in units: "2,649 миллиона" against 2,649 thousand.
        decimal unit = DatasetConventions.Default.UnitSize(dataset);
        ClaimEvidence? actual = Figure(dataset, partner, breakdown, period, "actual");
        if (actual is null)
        {
            // Right number, other frame: the same figure under another category or period.
            ClaimEvidence? other = FindHolding(q, dataset, partner, breakdown, period, exact: true);
            if (other is null && _catalogue.Is(dataset, LexKind.Worker) && _catalogue.ForClass(LexKind.Entry) is { } entryDataset)
            {
                other = Figure(entryDataset, partner, Breakdown.Total, period, "matching figure") is { } entries && Holds(q, entries.Value, entries.Basis).Holds ? entries : null;
            }

            if (other is not null)
            {
                decimal otherUnits = other.Value * DatasetConventions.Default.UnitSize(other.Dataset);
                return new CheckedClaim(claim, Verdict.PartlySupported, otherUnits, Holds(q, otherUnits, other.Basis).Rule,
                    () => $"No figure for {Describe(dataset, partner, breakdown, period)} was published; the number fits {Describe(other)}.", [other with { Role = "matching figure" }]);
            }

            return NotCheckable(claim, "no-figure", $"No figure for {Describe(dataset, partner, breakdown, period)} was published.");
        }

        (bool holds, string rule) = Holds(q, actual.Value * unit, actual.Basis);
        IReadOnlyList<Disagreement> disputes = Disputes(actual, dataset, partner);
        if (holds)
        {
            return new CheckedClaim(claim, Verdict.Supported, actual.Value * unit, rule,
                () => $"{Describe(actual)}{Derived(actual, period)}; {Explain(q, rule)}.{DisputeNote(disputes)}", [actual]);
        }

        if (actual.Period != period)
        {
            // A stock counted at one date of the period (workers present at the end of 2018) cannot contradict a claim about
            // the period as a whole: the count at its other dates was not published.
            return NotCheckable(claim, "stock-date", $"{Describe(actual)} is a count at one date; the claim is about {Describe(dataset, partner, breakdown, period)} as a whole, and the count at its other dates was not published.");
        }

        foreach (Disagreement d in disputes)
        {
            // A figure the store itself calls disputed supports either of its values, and the verdict says which.
            (bool partsHold, string partsRule) = Holds(q, d.PartsSum * unit, d.Parts);
            if (partsHold)
            {
                var sum = new ClaimEvidence(dataset, breakdown, period, d.PartsSum, d.Parts, "actual");
                return new CheckedClaim(claim, Verdict.Supported, d.PartsSum * unit, "disputed-" + partsRule,
                    () => $"{Describe(actual)}, but the figure is disputed: {d.Describe()} The claim holds against the sum of the parts: {Explain(q, partsRule)}.",
                    [sum, actual with { Role = "published" }]);
            }
        }

        return new CheckedClaim(claim, Failed(rule), actual.Value * unit, rule,
            () => $"{Describe(actual)}{Derived(actual, period)}; {Explain(q, rule)}{(rule == TooRound ? "" : " does not hold")}.{DisputeNote(disputes)}", [actual]);
    }

    private CheckedClaim VerifyChange(Claim claim, ClaimFrame frame, DatasetId dataset, Flow partner, Breakdown breakdown, Period period)
    {
        Quantity q = claim.Quantity;
        if (frame.ComparedWith is not { } before)
        {
            return NotCheckable(claim, "no-comparison", "The text does not say what the change is measured against.");
        }

        ClaimEvidence? now = Figure(dataset, partner, breakdown, period, "actual");
        ClaimEvidence? then = Figure(dataset, partner, breakdown, before, "compared with");
        if (now is null || then is null || then.Value == 0)
        {
            return NotCheckable(claim, "no-figure", $"The figures lack {Describe(dataset, partner, breakdown, now is null ? period : before)}{(then?.Value == 0 ? " (zero)" : "")}.");
        }

        decimal ratio = q.Kind == QuantityKind.Multiple ? now.Value / then.Value : (now.Value - then.Value) / then.Value * 100;
        ratio = Math.Round(ratio, 4);
        (bool holds, string rule) = Holds(q, ratio, []);
        return new CheckedClaim(claim, holds ? Verdict.Supported : Failed(rule), ratio, q.Kind == QuantityKind.Multiple ? "multiple-" + rule : "change-" + rule,
            () =>
            {
                string rendered = q.Kind == QuantityKind.Multiple
                    ? $"{Format(now.Value)} / {Format(then.Value)} = {Format(Math.Round(ratio, 2))}x"
                    : $"({Format(now.Value)} - {Format(then.Value)}) / {Format(then.Value)} = {Format(Math.Round(ratio, 1))} %";
                return $"{Describe(now)}{Derived(now, period)} against {Describe(then)}{Derived(then, before)}: {rendered}; {Explain(q, rule)}{(holds || rule == TooRound ? "" : " does not hold")}.";
            }, [now, then]);
    }

    private CheckedClaim VerifyShare(Claim claim, DatasetId dataset, Flow partner, Breakdown breakdown, Period period)
    {
        if (breakdown == Breakdown.Total)
        {
            return NotCheckable(claim, "no-frame", "The text does not say which part of the whole the share is.");
        }

        ClaimEvidence? part = Figure(dataset, partner, breakdown, period, "actual");
        ClaimEvidence? whole = Figure(dataset, partner, Breakdown.Total, period, "whole");
        if (part is null || whole is null || whole.Value == 0)
        {
            return NotCheckable(claim, "no-figure", $"The figures lack {Describe(dataset, partner, part is null ? breakdown : Breakdown.Total, period)}.");
        }

        decimal share = Math.Round(part.Value / whole.Value * 100, 4);
        (bool holds, string rule) = Holds(claim.Quantity, share, []);
        return new CheckedClaim(claim, holds ? Verdict.Supported : Failed(rule), share, "share-" + rule,
            () => string.Create(CultureInfo.InvariantCulture, $"{Describe(part)} of {Describe(whole)} is {share:0.#} %; {Explain(claim.Quantity, rule)}{(holds || rule == TooRound ? "" : " does not hold")}."), [part, whole]);
    }

    private static string DisputeNote(IReadOnlyList<Disagreement> disputes) =>
        disputes.Count == 0 ? "" : " The figure is disputed: " + string.Join(" ", disputes.Select(d => d.Describe()));

    private static string Derived(ClaimEvidence e, Period period) =>
        e.IsDerived ? $" ({period} was not published; it is the sum of {string.Join(" + ", e.Basis.Select(b => b.Period.ToString()))})" : "";

    private (bool Holds, string Rule) Holds(Quantity q, decimal actual, IReadOnlyList<Observation> basis)
    {
        bool approximate = false;
        for (int i = 0; i < basis.Count; i++)
        {
            approximate |= basis[i].Flag == ObservationFlag.Approximate;
        }

        return Holds(q, actual, approximate);
    }

    private (bool Holds, string Rule) Holds(Quantity q, decimal actual, bool approximate)
    {
        decimal v = q.Value;
        switch (q.Qualifier)
        {
            case Qualifier.About:
                return Coarse(q, actual, Rounds(actual, q) || Math.Abs(actual - v) <= Policy.AboutBand * v, "about-within-band");
            case Qualifier.Almost:
                return (actual <= v && actual >= v * (1 - Policy.AlmostShortfall), "almost-below-and-close");
            case Qualifier.UpTo:
                return (actual <= v, "up-to-bound");
            case Qualifier.MoreThan:
                return (actual > v, "more-than-bound");
            case Qualifier.AtLeast:
                return (actual >= v, "at-least-bound");
            case Qualifier.LessThan:
                return (actual < v, "less-than-bound");
            default:
                if (approximate)
                {
                    // The published figure is itself approximate ("nearly 5,500"): an about band, not exact rounding.
                    return Coarse(q, actual, Rounds(actual, q) || Math.Abs(actual - v) <= Policy.AboutBand * v, "approximate-figure-band");
                }

                if (Rounds(actual, q))
                {
                    return (true, "rounds-at-own-precision");
                }

                // "983 %" for 983.6 %, "7,7 тысячи" for 7,771, "tenfold" for 10.57: some writers cut digits off rather than round.
                if (Policy.Truncates(q) && decimal.Truncate(actual / q.Precision) * q.Precision == v)
                {
                    return (true, "truncated-at-own-precision");
                }

                return Coarse(q, actual, false, "rounds-at-own-precision");
        }
    }

    /// <summary>
    /// A claim that fails at the precision it is compared at but holds at the coarser one it was written with ("some
    /// 10,000" for 11,000, "1천" for 1,117) is too round to judge: rule <c>too-round</c>, never supported nor contradicted.
    /// </summary>
    private (bool Holds, string Rule) Coarse(Quantity q, decimal actual, bool holds, string rule) =>
        !holds && q.Precision > Policy.ComparedPrecision(q) && Math.Round(actual / q.Precision, MidpointRounding.AwayFromZero) * q.Precision == q.Value
            ? (false, TooRound)
            : (holds, rule);

    private bool Rounds(decimal actual, Quantity q)
    {
        decimal precision = Policy.ComparedPrecision(q);
        return Math.Round(actual / precision, MidpointRounding.AwayFromZero) * precision == q.Value;
    }

    private string Explain(Quantity q, string rule) => rule switch
    {
        "rounds-at-own-precision" => string.Create(CultureInfo.InvariantCulture, $"the claimed {Format(q.Value)} must be the actual rounded to the nearest {Format(Policy.ComparedPrecision(q))}"),
        TooRound => string.Create(CultureInfo.InvariantCulture, $"the claimed {Format(q.Value)} holds only rounded to the nearest {Format(q.Precision)}, half of which is more than {Policy.RoundBand:P0} of it; compared to the nearest {Format(Policy.ComparedPrecision(q))} it does not hold, so a number this round neither supports nor contradicts"),
        "about-within-band" => string.Create(CultureInfo.InvariantCulture, $"\"about {Format(q.Value)}\" allows {Policy.AboutBand:P0} either side"),
        "almost-below-and-close" => string.Create(CultureInfo.InvariantCulture, $"\"almost {Format(q.Value)}\" needs the actual below it by at most {Policy.AlmostShortfall:P0}"),
        "up-to-bound" => string.Create(CultureInfo.InvariantCulture, $"\"up to {Format(q.Value)}\" needs the actual at most {Format(q.Value)}"),
        "more-than-bound" => string.Create(CultureInfo.InvariantCulture, $"\"more than {Format(q.Value)}\" needs the actual above it"),
        "at-least-bound" => string.Create(CultureInfo.InvariantCulture, $"\"at least {Format(q.Value)}\" needs the actual at or above it"),
        "less-than-bound" => string.Create(CultureInfo.InvariantCulture, $"\"less than {Format(q.Value)}\" needs the actual below it"),
        "truncated-at-own-precision" => string.Create(CultureInfo.InvariantCulture, $"the claimed {Format(q.Value)} is the actual with the digits after the nearest {Format(q.Precision)} cut off, which the policy accepts for this kind of number"),
        "approximate-figure-band" => string.Create(CultureInfo.InvariantCulture, $"the published figure is approximate, so {Policy.AboutBand:P0} either side of {Format(q.Value)} is allowed"),
        _ => rule,
    };

    /// <summary>A published figure, or one summed from published parts that tile the period.</summary>
    private ClaimEvidence? Figure(DatasetId dataset, Flow partner, Breakdown breakdown, Period period, string role)
    {
        if (_index.TryGetValue((dataset, partner, breakdown, period), out Observation? o))
        {
            return new ClaimEvidence(dataset, breakdown, period, o.Value, [o], role);
        }

        if (!DatasetConventions.Default.IsAdditive(dataset))
        {
            // A stock is counted at a date: a year's figure is the latest count within it, and its counts never add up.
            Observation? latest = period.Kind != PeriodKind.Year || !_bySeries.TryGetValue((dataset, partner), out var stock) ? null
                : stock.Where(s => s.Key.Breakdown == breakdown && s.Period.Year == period.Year).OrderByDescending(s => s.Period).FirstOrDefault();
            return latest is null ? null : new ClaimEvidence(dataset, breakdown, latest.Period, latest.Value, [latest], role);
        }

        IReadOnlyList<Observation>? tiles = PeriodTiling.Tile(period, p => Published(dataset, partner, breakdown, p));
        if (tiles is not null)
        {
            decimal sum = 0;
            foreach (Observation t in tiles)
            {
                sum += t.Value;
            }

            return new ClaimEvidence(dataset, breakdown, period, sum, tiles, role);
        }

        return null;
    }

    private Observation? Published(DatasetId dataset, Flow partner, Breakdown breakdown, Period period) =>
        _index.GetValueOrDefault((dataset, partner, breakdown, period));

    /// <summary>
    /// Where the store calls a published figure disputed: a complete set of its published parts that sums to another value
    /// (2023: 1,117 published, its quarters sum to 1,113), by the one tiling rule the series and the detectors use.
    /// </summary>
    private IReadOnlyList<Disagreement> Disputes(ClaimEvidence figure, DatasetId dataset, Flow partner)
    {
        if (figure.Basis.Count != 1 || figure.Basis[0].Period != figure.Period || !DatasetConventions.Default.IsAdditive(dataset))
        {
            return [];
        }

        IReadOnlyList<Disagreement> all = PeriodTiling.Disagreements(figure.Basis[0], p => Published(dataset, partner, figure.Breakdown, p));
        return all.Count == 0 ? all : [.. all.Where(d => !d.WithinApproximation)];
    }

    /// <summary>The published figure closest to the claimed number under which the claim would hold.</summary>
    private ClaimEvidence? FindHolding(Quantity q, DatasetId dataset, Flow partner, Breakdown breakdown, Period period, bool exact, decimal band = 0)
    {
        if (!_bySeries.TryGetValue((dataset, partner), out List<Observation>? all))
        {
            return null;
        }

        Observation? best = null;
        int bestRank = int.MaxValue;
        decimal bestDistance = decimal.MaxValue;
        foreach (Observation o in all)
        {
            if (o.Key.Breakdown == breakdown && o.Period == period)
            {
                continue;
            }

            decimal value = o.Value * DatasetConventions.Default.UnitSize(o.Key.Dataset);
            bool fits = exact ? Holds(q, value, [o]).Holds : Math.Abs(value - q.Value) <= band * q.Value || Rounds(value, q);
            if (!fits)
            {
                continue;
            }

            // Same period, other category first; then same category, other period.
            int rank = o.Period == period ? 0 : o.Key.Breakdown == breakdown ? 1 : 2;
            decimal distance = Math.Abs(value - q.Value);
            if (rank < bestRank || (rank == bestRank && distance < bestDistance))
            {
                best = o;
                bestRank = rank;
                bestDistance = distance;
            }
        }

        return best is null ? null : new ClaimEvidence(best.Key.Dataset, best.Key.Breakdown, best.Period, best.Value, [best], "probably meant");
    }

    private string Describe(ClaimEvidence e) =>
        e.Basis.Count == 1 && e.Basis[0].Period == e.Period && _descriptions.TryGetValue(e.Basis[0], out string? d)
            ? d
            : Describe(e.Dataset, e.Basis.Count > 0 ? new Flow(e.Basis[0].Key.Reporter, e.Basis[0].Key.Partner) : default, e.Breakdown, e.Period) + " = " + Format(e.Value) + UnitWords(e.Dataset);

    // "2,649 thousand": a figure of a dataset published in thousands says so.
    private static string UnitWords(DatasetId dataset) => DatasetConventions.Default.UnitSize(dataset) switch
    {
        1000 => " thousand",
        1_000_000 => " million",
        _ => "",
    };

    /// <summary>13,221 or 11.84: the standard "N0" format is several times faster than a custom pattern, and most figures are whole.</summary>
    internal static string Format(decimal value) =>
        value == decimal.Truncate(value) && Math.Abs(value) < 1e15m
            ? ((long)value).ToString("N0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>"entries of citizens of North Korea into Russia for study, 2024-Q3": a dataset as people name it, not its id.</summary>
    private static string Describe(DatasetId dataset, Flow flow, Breakdown breakdown, Period period) =>
        Words.Counts(new SeriesKey(dataset, flow.Reporter, flow.Partner, breakdown), DatasetConventions.Default) + ", " + period;

    private static string Describe(SeriesKey key, Period period, string publisher)
    {
        // "FSB Border Service of Russia, via Rosstat EMISS (as reported by the press)" is named by its first part.
        int cut = publisher.IndexOfAny([',', '(']);
        string who = (cut > 0 ? publisher[..cut] : publisher).Trim();
        return Words.Counts(key, DatasetConventions.Default) + ", " + period + (who.Length > 0 ? " (" + who + ")" : "");
    }

    /// <summary>
    /// The country whose figures the claim is checked against: the one the text names, else the only one whose figures
    /// count these people in this dataset; null when several do and the text does not say which.
    /// </summary>
    private Flow? ReporterFor(ClaimFrame f, DatasetId dataset, Country partner)
    {
        if (f.Reporter is { } stated)
        {
            return new Flow(stated, partner);
        }

        if (!_reporters.TryGetValue((dataset, partner), out List<Country>? reporters))
        {
            // No figures at all: the check says so, naming the people and the dataset.
            return new Flow(default, partner);
        }

        return reporters.Count == 1 ? new Flow(reporters[0], partner) : null;
    }

    /// <summary>What a failed check says: a number too round to judge is not checkable, any other failure contradicts.</summary>
    private static Verdict Failed(string rule) => rule == TooRound ? Verdict.NotCheckable : Verdict.Contradicted;

    private static CheckedClaim NotCheckable(Claim claim, string rule, string why) =>
        new(claim, Verdict.NotCheckable, null, rule, why, []);

    /// <summary>Whose figures (the reporter) count which people (the partner).</summary>
    private readonly record struct Flow(Country Reporter, Country Partner);
}
