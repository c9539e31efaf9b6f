using System.Globalization;
using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Store;
using nietras.SeparatedValues;

namespace Flowwatch.Benchmarks;

/// <summary>
/// <c>audit-share [REPO]</c>: the share of medium and high findings an analyst keeps. Loads the bundled figures and
/// <c>samples/real/</c> into a fresh SQLite store (as <c>flowwatch demo</c> and <c>flowwatch ingest samples/real/</c> do),
/// scans, and looks each medium or high finding up in the audit (<c>tests/Flowwatch.Tests/Analysis/Detection/findings-audit.csv</c>):
/// kept = labelled correct over all medium and high; findings the audit has not seen are counted apart.
/// </summary>
internal static class AuditShare
{
    public static int Run(string[] args)
    {
        string repo = args.Length > 0 ? args[0] : FindRepository();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        using (SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true })
            .FromFile(Path.Combine(repo, "tests", "Flowwatch.Tests", "Analysis", "Detection", "findings-audit.csv")))
        {
            foreach (SepReader.Row row in reader)
            {
                labels[row["id"].ToString()] = row["label"].ToString();
            }
        }

        string dir = Path.Combine(Path.GetTempPath(), "flowwatch-audit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            IReadOnlyList<Finding> findings;
            using (ObservationStore store = SqliteObservationStore.Open(Path.Combine(dir, "audit.db")))
            {
                var ingestion = new Ingestion(store);
                ingestion.IngestBundled();
                ingestion.IngestFiles(Ingestion.Expand([Path.Combine(repo, "samples", "real")]));
                findings = DetectorSuite.Default.Scan(store.Current(ObservationQuery.All), ReferenceData.Load());
            }

            var shown = findings.Where(f => f.Severity >= Severity.Medium).ToList();
            var counts = shown.GroupBy(f => labels.GetValueOrDefault(f.Id, "not audited")).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            int high = shown.Count(f => f.Severity == Severity.High);
            int highWithoutRule = shown.Count(f => f.Severity == Severity.High && f.Rules.Count == 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"findings: {findings.Count}; medium and high: {shown.Count} ({high} high, {highWithoutRule} of them tied to no rule)"));
            foreach (string label in new[] { "correct", "duplicate", "misleading", "noise", "wrong", "not audited" })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-12} {counts.GetValueOrDefault(label),4}"));
            }

            double kept = shown.Count == 0 ? 0 : (double)counts.GetValueOrDefault("correct") / shown.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kept (labelled correct / medium and high): {kept:P0}"));
            int correctAudited = labels.Values.Count(l => l == "correct");
            int correctStill = shown.Count(f => labels.GetValueOrDefault(f.Id) == "correct");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"findings the audit labelled correct still at medium or high: {correctStill} of {correctAudited}"));
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string FindRepository()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Flowwatch.slnx")))
            {
                return d.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
