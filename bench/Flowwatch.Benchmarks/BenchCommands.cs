namespace Flowwatch.Benchmarks;

/// <summary>Commands of the bench project that are not BenchmarkDotNet runs: evaluations and one-off measurements.</summary>
internal static class BenchCommands
{
    private static readonly Dictionary<string, Func<string[], int>> Commands = new(StringComparer.Ordinal)
    {
        ["ingest-throughput"] = IngestThroughput.Run,
        ["evaluate-detectors"] = DetectorEvaluation.Run,
        ["scan-scaling"] = ScanScaling.Run,
        ["scan-profile"] = ScanProfile.Run,
        ["claims-throughput"] = ClaimThroughput.Run,
        ["claims-profile"] = ClaimProfile.Run,
        ["screening-eval"] = ScreeningEvaluation.Run,
        ["store-query"] = StoreQueryTimes.Run,
        ["write-tidy-csv"] = WriteTidyCsv.Run,
        ["audit-share"] = AuditShare.Run,
    };

    public static bool TryRun(string[] args, out int exit)
    {
        exit = 0;
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out Func<string[], int>? command))
        {
            return false;
        }

        exit = command(args[1..]);
        return true;
    }
}
