using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Application.Queries;

/// <summary>A series query: which figures (partner, reporter, dataset, category, provenance) and how to lay them out.</summary>
/// <param name="Query">The figures asked for; the partner is always set.</param>
/// <param name="By">The period kind to lay the series out by, or null for the periods as published.</param>
public sealed record SeriesRequest(ObservationQuery Query, PeriodKind? By)
{
    /// <summary>
    /// Reads a series query from the text of the command's options or the HTTP parameters. The partner is
    /// required; every other value may be blank. Countries may be codes or names (<see cref="RequestParameters.TryCountry"/>).
    /// </summary>
    /// <param name="parameters">The parser, spelling names as the front end's users type them.</param>
    /// <param name="partner">The partner country (the citizenship counted).</param>
    /// <param name="reporter">The reporting country.</param>
    /// <param name="dataset">The dataset id.</param>
    /// <param name="breakdown">The category.</param>
    /// <param name="by">year, half, quarter or month.</param>
    /// <param name="asOf">Published by this day.</param>
    /// <param name="knownAt">Held by the store at this time.</param>
    /// <param name="includeSynthetic">true to count synthetic test data.</param>
    /// <param name="request">The request; null on failure.</param>
    /// <param name="problem">The first problem, naming the parameter; null on success.</param>
    public static bool TryParse(
        RequestParameters parameters, string? partner, string? reporter, string? dataset, string? breakdown, string? by,
        string? asOf, string? knownAt, string? includeSynthetic, out SeriesRequest? request, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        request = null;
        if (!RequestParameters.IsGiven(partner))
        {
            problem = $"{parameters.Style.Spell("partner")} is required: a country code or name such as KP or North Korea.";
            return false;
        }

        if (!parameters.TryCountry("partner", partner, out Country? p, out problem)
            || !parameters.TryCountry("reporter", reporter, out Country? r, out problem)
            || !parameters.TryDataset("dataset", dataset, out DatasetId? d, out problem)
            || !parameters.TryBreakdown("breakdown", breakdown, out Breakdown? b, out problem)
            || !parameters.TryPeriodKind("by", by, out PeriodKind? kind, out problem)
            || !parameters.TryProvenance(asOf, knownAt, includeSynthetic, new ObservationQuery { Partner = p, Reporter = r, Dataset = d, Breakdown = b }, out ObservationQuery query, out problem))
        {
            return false;
        }

        request = new SeriesRequest(query, kind);
        return true;
    }
}
