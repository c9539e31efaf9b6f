using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Application.Queries;

/// <summary>A findings query: which figures are scanned (provenance) and which findings are listed.</summary>
/// <param name="Query">The figures scanned: every series, with the request's provenance. The partner does not narrow it,
/// because a publisher's other tables tell when one stops.</param>
/// <param name="Partner">Only findings on this partner country, or null for all.</param>
/// <param name="Reporter">Only findings on this reporting country, or null for all.</param>
/// <param name="Since">Only findings on periods from this year on, or null for all.</param>
/// <param name="MinSeverity">The least severity listed.</param>
public sealed record FindingsRequest(ObservationQuery Query, Country? Partner, Country? Reporter, int? Since, Severity MinSeverity)
{
    /// <summary>Every finding on every figure, synthetic data left out.</summary>
    public static FindingsRequest All { get; } = new(ObservationQuery.All, null, null, null, Severity.Low);

    /// <summary>Reads a findings query from the text of the command's options or the HTTP parameters; every value may be blank.</summary>
    /// <param name="parameters">The parser, spelling names as the front end's users type them.</param>
    /// <param name="partner">The partner country, a code or a name.</param>
    /// <param name="reporter">The reporting country, a code or a name.</param>
    /// <param name="since">A year.</param>
    /// <param name="minSeverity">low, medium or high.</param>
    /// <param name="asOf">Published by this day.</param>
    /// <param name="knownAt">Held by the store at this time.</param>
    /// <param name="includeSynthetic">true to scan synthetic test data too.</param>
    /// <param name="request">The request; null on failure.</param>
    /// <param name="problem">The first problem, naming the parameter; null on success.</param>
    public static bool TryParse(
        RequestParameters parameters, string? partner, string? reporter, string? since, string? minSeverity,
        string? asOf, string? knownAt, string? includeSynthetic, out FindingsRequest? request, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        request = null;
        if (!parameters.TryCountry("partner", partner, out Country? p, out problem)
            || !parameters.TryCountry("reporter", reporter, out Country? r, out problem)
            || !parameters.TryYear("since", since, out int? year, out problem)
            || !parameters.TrySeverity("min_severity", minSeverity, out Severity min, out problem)
            || !parameters.TryProvenance(asOf, knownAt, includeSynthetic, ObservationQuery.All, out ObservationQuery query, out problem))
        {
            return false;
        }

        request = new FindingsRequest(query, p, r, year, min);
        return true;
    }

    /// <summary>Whether <paramref name="finding"/> is listed.</summary>
    /// <param name="finding">A finding of the scan.</param>
    public bool Matches(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Severity >= MinSeverity
            && (Partner is not { } p || finding.Key.Partner == p)
            && (Reporter is not { } r || finding.Key.Reporter == r)
            && (Since is not { } y || finding.Period.Year >= y);
    }
}
