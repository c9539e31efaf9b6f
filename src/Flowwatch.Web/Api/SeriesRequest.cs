using System.Globalization;
using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Web.Api;

/// <summary>The filters of `flowwatch series`, read from a query string and checked.</summary>
internal sealed record SeriesRequest(ObservationQuery Query, PeriodKind? By, string Format)
{
    /// <summary>A normalised form of the request, used as a cache key.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture,
        $"series|{Query.Partner}|{Query.Reporter}|{Query.Dataset}|{Query.Breakdown}|{By}|{Format}|{Query.IncludeSynthetic}");

    public static bool TryParse(string? partner, string? reporter, string? dataset, string? breakdown, string? by, string? asOf, string? format, out SeriesRequest? request, out string? problem) =>
        TryParse(partner, reporter, dataset, breakdown, by, asOf, null, null, format, out request, out problem);

    public static bool TryParse(string? partner, string? reporter, string? dataset, string? breakdown, string? by, string? asOf, string? knownAt, string? includeSynthetic, string? format, out SeriesRequest? request, out string? problem)
    {
        request = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(partner) || !Country.TryParse(partner.Trim(), out Country p))
        {
            problem = partner is null
                ? "The query parameter 'partner' is required: an ISO 3166-1 alpha-2 code such as KP."
                : $"partner '{partner}' is not an ISO 3166-1 alpha-2 code such as KP.";
            return false;
        }

        Country? r = null;
        if (!string.IsNullOrWhiteSpace(reporter))
        {
            if (!Country.TryParse(reporter.Trim(), out Country rc))
            {
                problem = $"reporter '{reporter}' is not an ISO 3166-1 alpha-2 code such as RU.";
                return false;
            }

            r = rc;
        }

        DatasetId? d = null;
        if (!string.IsNullOrWhiteSpace(dataset))
        {
            if (!DatasetId.TryParse(dataset.Trim(), out DatasetId dc))
            {
                problem = $"dataset '{dataset}' is not a dataset id such as ru-fsb-entries-by-purpose.";
                return false;
            }

            d = dc;
        }

        Breakdown? b = null;
        if (!string.IsNullOrWhiteSpace(breakdown))
        {
            if (!Breakdown.TryParse(breakdown.Trim().ToLowerInvariant(), out Breakdown bc))
            {
                problem = $"breakdown '{breakdown}' is not a category such as study, total or air.";
                return false;
            }

            b = bc;
        }

        PeriodKind? kind = null;
        if (!string.IsNullOrWhiteSpace(by))
        {
            kind = by.Trim().ToLowerInvariant() switch
            {
                "year" => PeriodKind.Year,
                "half" => PeriodKind.Half,
                "quarter" => PeriodKind.Quarter,
                "month" => PeriodKind.Month,
                _ => null,
            };
            if (kind is null)
            {
                problem = $"by '{by}' is not one of year, half, quarter, month.";
                return false;
            }
        }

        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (!DateOnly.TryParseExact(asOf.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly asOfDay))
            {
                problem = $"as_of '{asOf}' is not a date such as 2024-12-31 (yyyy-MM-dd): it means published by the end of that day.";
                return false;
            }

            day = asOfDay;
        }

        DateTimeOffset? at = null;
        if (!string.IsNullOrWhiteSpace(knownAt))
        {
            if (!DateTimeOffset.TryParse(knownAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset t))
            {
                problem = $"known_at '{knownAt}' is not an ISO 8601 date or time such as 2025-03-01 or 2025-03-01T12:00Z.";
                return false;
            }

            // A bare date means the whole of that day, as on the command line.
            at = knownAt.Trim().Length == 10 ? t.AddDays(1).AddTicks(-1) : t;
        }

        bool synthetic = false;
        if (!string.IsNullOrWhiteSpace(includeSynthetic) && !bool.TryParse(includeSynthetic.Trim(), out synthetic))
        {
            problem = $"include_synthetic '{includeSynthetic}' is not true or false.";
            return false;
        }

        string f = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        if (f is not ("json" or "csv"))
        {
            problem = $"format '{format}' is not json or csv.";
            return false;
        }

        request = new SeriesRequest(new ObservationQuery { Partner = p, Reporter = r, Dataset = d, Breakdown = b, AsOf = day, KnownAt = at, IncludeSynthetic = synthetic }, kind, f);
        return true;
    }
}
