using Flowwatch.Model;

namespace Flowwatch.Sources.Eurostat;

/// <summary>
/// A Eurostat dataflow Flowwatch files figures from, told by its dimensions: <c>migr_resfirst</c> (and TPS00170, its
/// table of totals), first residence permits by reason, and <c>migr_asyappctza</c>, asylum applicants, whose
/// breakdown is the applicant type (ASY_APP all applicants, NASY_APP first-time applicants). Both have citizen as
/// the partner and geo as the reporter; other dimensions must be their total (sex T, age TOTAL).
/// </summary>
internal sealed class EurostatDataflow
{
    private readonly IReadOnlyDictionary<string, Breakdown>? _breakdowns;

    private EurostatDataflow(DatasetId dataset, string breakdownDimension, IReadOnlyDictionary<string, Breakdown>? breakdowns, string[] known)
    {
        Dataset = dataset;
        BreakdownDimension = breakdownDimension;
        _breakdowns = breakdowns;
        KnownDimensions = known;
    }

    /// <summary>First residence permits by reason; reasons map to purposes (<see cref="EurostatCodes.Reasons"/>).</summary>
    public static EurostatDataflow ResidencePermits { get; } = new(DatasetId.Parse("eurostat-migr-resfirst"), "reason", null, ["freq", "reason", "citizen", "duration", "unit", "geo"]);

    /// <summary>Asylum applicants by citizenship; the applicant type is the breakdown.</summary>
    public static EurostatDataflow AsylumApplicants { get; } = new(
        DatasetId.Parse("eurostat-migr-asyappctza"),
        "asyl_app",
        new Dictionary<string, Breakdown>(StringComparer.Ordinal) { ["ASY_APP"] = Breakdown.Total, ["NASY_APP"] = Breakdown.Parse("first-time") },
        ["freq", "asyl_app", "citizen", "unit", "geo"]);

    /// <summary>The dataset the figures go to.</summary>
    public DatasetId Dataset { get; }

    /// <summary>The dimension that gives the breakdown (reason, asyl_app).</summary>
    public string BreakdownDimension { get; }

    /// <summary>The dimensions read for their value; any other must hold its total.</summary>
    public string[] KnownDimensions { get; }

    /// <summary>The dimensions a file must have.</summary>
    public string[] RequiredDimensions => [BreakdownDimension, "citizen", "geo"];

    /// <summary>The dataflow of a file with these dimension columns: asylum applicants where there is an <c>asyl_app</c> column, residence permits otherwise.</summary>
    public static EurostatDataflow Of(IEnumerable<string> dimensions) =>
        dimensions.Contains("asyl_app", StringComparer.Ordinal) ? AsylumApplicants : ResidencePermits;

    /// <summary>The breakdown of a code of <see cref="BreakdownDimension"/>, for dataflows whose breakdown is not a purpose.</summary>
    public bool TryBreakdown(string code, out Breakdown breakdown)
    {
        breakdown = default;
        return _breakdowns is not null && _breakdowns.TryGetValue(code, out breakdown);
    }

    /// <summary>The codes of <see cref="BreakdownDimension"/> kept, for dataflows whose breakdown is not a purpose.</summary>
    public IEnumerable<string> BreakdownCodes => _breakdowns?.Keys ?? [];

    /// <summary>Whether the breakdown is the reason, mapped to purposes.</summary>
    public bool ByReason => _breakdowns is null;
}
