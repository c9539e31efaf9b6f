using System.CommandLine;
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

    public static bool TryApply(string? asOf, string? knownAt, bool includeSynthetic, ObservationQuery query, out ObservationQuery result, out string? problem) =>
        CommonOptions.Parameters.TryProvenance(asOf, knownAt, includeSynthetic ? "true" : null, query, out result, out problem);
}
