using System.CommandLine;
using System.Globalization;
using Flowwatch.Store;

namespace Flowwatch.Cli.Commands;

/// <summary>The options that choose which witnesses count: publication date, store time, synthetic data.</summary>
internal static class ProvenanceOptions
{
    public static readonly Option<string?> AsOf = new("--as-of")
    {
        Description = "Only what had been published by this date (yyyy-MM-dd): later releases and reports are left out, revised figures show their value of that day.",
    };

    public static readonly Option<string?> KnownAt = new("--known-at")
    {
        Description = "Only what the store held at this date or time (ISO 8601, UTC): files ingested later are left out.",
    };

    public static readonly Option<bool> IncludeSynthetic = new("--include-synthetic")
    {
        Description = "Count synthetic test data too (left out by default); it is labelled synthetic wherever it appears.",
    };

    public static void AddTo(Command command)
    {
        command.Options.Add(AsOf);
        command.Options.Add(KnownAt);
        command.Options.Add(IncludeSynthetic);
    }

    /// <summary>The query with the command line's provenance options applied, or a one-line problem.</summary>
    public static bool TryApply(ParseResult parse, ObservationQuery query, out ObservationQuery result, out string? problem) =>
        TryApply(parse.GetValue(AsOf), parse.GetValue(KnownAt), parse.GetValue(IncludeSynthetic), query, out result, out problem);

    public static bool TryApply(string? asOf, string? knownAt, bool includeSynthetic, ObservationQuery query, out ObservationQuery result, out string? problem)
    {
        result = query;
        problem = null;
        DateOnly? day = null;
        if (asOf is not null)
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
            {
                problem = $"--as-of '{asOf}' is not a date such as 2024-12-31 (yyyy-MM-dd): it means published by the end of that day.";
                return false;
            }

            day = d;
        }

        DateTimeOffset? at = null;
        if (knownAt is not null)
        {
            if (!DateTimeOffset.TryParse(knownAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset t))
            {
                problem = $"--known-at '{knownAt}' is not an ISO 8601 date or time such as 2025-03-01 or 2025-03-01T12:00Z.";
                return false;
            }

            at = knownAt.Length == 10 ? t.AddDays(1).AddTicks(-1) : t;
        }

        result = query with { AsOf = day, KnownAt = at, IncludeSynthetic = includeSynthetic };
        return true;
    }
}
