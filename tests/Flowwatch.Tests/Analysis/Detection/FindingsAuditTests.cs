using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Store;
using Flowwatch.Tests.Support;
using nietras.SeparatedValues;

namespace Flowwatch.Tests.Analysis.Detection;

/// <summary>
/// The analyst's audit (<c>findings-audit.csv</c>): every medium and high finding of <c>flowwatch demo</c> plus
/// <c>flowwatch ingest samples/real/</c>, as the detectors gave them before issue 22 changed them, labelled correct,
/// duplicate, misleading, noise or wrong, with why. A finding labelled wrong or noise must never come back at medium or
/// high. <c>dotnet run --project bench/Flowwatch.Benchmarks -- audit-share</c> prints the share an analyst keeps now.
/// </summary>
public sealed class FindingsAuditTests
{
    private static readonly Lazy<IReadOnlyList<Finding>> Scan = new(() =>
    {
        using var dir = new TempDirectory();
        using ObservationStore store = SqliteObservationStore.Open(Path.Combine(dir.Path, "audit.db"));
        var ingestion = new Ingestion(store);
        ingestion.IngestBundled();
        ingestion.IngestFiles(Ingestion.Expand([Path.Combine(AppContext.BaseDirectory, "samples", "real")]));
        return DetectorSuite.Default.Scan(store.Current(ObservationQuery.All), ReferenceData.Load());
    });

    private static readonly Lazy<Dictionary<string, (string Label, string Why, string What)>> Audit = new(() =>
    {
        var labels = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true })
            .FromFile(Path.Combine(RepositoryRoot.Path, "tests", "Flowwatch.Tests", "Analysis", "Detection", "findings-audit.csv"));
        foreach (SepReader.Row row in reader)
        {
            string what = $"{row["detector"]} {row["dataset"]} {row["partner"]} {row["breakdown"]} {row["period"]}";
            labels.Add(row["id"].ToString(), (row["label"].ToString(), row["why"].ToString(), what));
        }

        return labels;
    });

    [Fact]
    public void The_audit_labels_every_finding_with_one_of_the_five_labels_and_says_why()
    {
        Assert.NotEmpty(Audit.Value);
        Assert.All(Audit.Value.Values, a => Assert.Contains(a.Label, new[] { "correct", "duplicate", "misleading", "noise", "wrong" }));
        Assert.All(Audit.Value.Values.Where(a => a.Label != "correct"), a => Assert.NotEmpty(a.Why));
    }

    [Fact]
    public void No_finding_labelled_wrong_or_noise_comes_back_at_medium_or_high()
    {
        var back = Scan.Value
            .Where(f => f.Severity >= Severity.Medium && Audit.Value.TryGetValue(f.Id, out var a) && a.Label is "wrong" or "noise")
            .Select(f => $"{f.Id} {Audit.Value[f.Id].What} ({f.Severity}): {Audit.Value[f.Id].Why}")
            .ToList();
        Assert.True(back.Count == 0, string.Join("\n", back));
    }
}
