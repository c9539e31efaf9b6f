using System.Text.Json;
using Flowwatch.Analysis.Detection;
using Flowwatch.Application;
using Flowwatch.Application.Watching;
using Flowwatch.Model;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Detection;

/// <summary>
/// A detector written in the tests, outside the library (<see cref="Every2024FigureDetector"/>), registered once: its
/// findings appear in `flowwatch scan`, in `flowwatch report` with a chart each, in `--help` and in the watcher's alerts,
/// with no other change anywhere. (The web's side is in Flowwatch.Web.Tests, Api/PluggableDetectorTests.)
/// </summary>
public sealed class PluggableDetectorTests : IDisposable
{
    private static readonly DetectorSuite WithTestDetector = DetectorSuite.Default.With(new Every2024FigureDetector());

    // Three figures of a small store, two of them of 2024.
    private static readonly string Release = Some.Tidy(
        "ru-fsb-entries-by-purpose,RU,CN,study,2023,10,,,,",
        "ru-fsb-entries-by-purpose,RU,CN,study,2024,12,,,,",
        "ru-fsb-entries-by-purpose,RU,CN,total,2024,40,,,,");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => _dir.File("small.db");

    private void IngestSmallStore()
    {
        var (exit, _, err) = CliRunner.Run("ingest", _dir.Write("release/figures.csv", Release), "--db", Db);
        Assert.True(exit == 0, err);
    }

    private static List<JsonElement> Findings(string json, string detector) =>
        JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("detector").GetString() == detector).Select(f => f.Clone()).ToList();

    [Fact]
    public void Scan_lists_the_findings_of_a_registered_detector_and_only_when_it_is_registered()
    {
        IngestSmallStore();

        var (exit, json, _) = CliRunner.Run(WithTestDetector, "scan", "--partner", "CN", "--format", "json", "--db", Db);
        var (_, plain, _) = CliRunner.Run("scan", "--partner", "CN", "--format", "json", "--db", Db);

        Assert.Equal(0, exit);
        List<JsonElement> found = Findings(json, Every2024FigureDetector.DetectorName);
        Assert.Equal(
            ["study 2024: the test detector saw 12.", "total 2024: the test detector saw 40."],
            found.Select(f => $"{f.GetProperty("breakdown").GetString()} {f.GetProperty("period").GetString()}: {f.GetProperty("explanation").GetString()}").Order(StringComparer.Ordinal));
        Assert.All(found, f => Assert.Equal(FindingIds.For(Every2024FigureDetector.DetectorName, Key(f), Period.Parse(f.GetProperty("period").GetString()!)), f.GetProperty("id").GetString()));
        Assert.Empty(Findings(plain, Every2024FigureDetector.DetectorName));
    }

    [Fact]
    public void Report_draws_a_chart_for_each_finding_of_a_detector_that_says_nothing_of_how()
    {
        IngestSmallStore();
        string folder = _dir.File("report");

        var (exit, _, err) = CliRunner.Run(WithTestDetector, "report", "--out", folder, "--partner", "CN", "--db", Db);
        var (_, json, _) = CliRunner.Run(WithTestDetector, "scan", "--partner", "CN", "--format", "json", "--db", Db);

        Assert.True(exit == 0, err);
        List<JsonElement> found = Findings(json, Every2024FigureDetector.DetectorName);
        Assert.Equal(2, found.Count);
        foreach (JsonElement f in found)
        {
            string id = f.GetProperty("id").GetString()!;
            byte[] png = File.ReadAllBytes(Path.Combine(folder, "charts", id + ".png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Contains($",{f.GetProperty("breakdown").GetString()},2024,", File.ReadAllText(Path.Combine(folder, "data", id + ".csv")), StringComparison.Ordinal);
            Assert.Contains("the test detector saw", File.ReadAllText(Path.Combine(folder, "report.md")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Scan_help_lists_the_registered_detectors_from_the_registry()
    {
        var (exit, help, _) = CliRunner.Run(WithTestDetector, "scan", "--help");
        var (_, plain, _) = CliRunner.Run("scan", "--help");

        Assert.Equal(0, exit);
        Assert.Contains(Every2024FigureDetector.DetectorName, help, StringComparison.Ordinal);
        Assert.Contains(new Every2024FigureDetector().Description, help, StringComparison.Ordinal);
        Assert.All(DetectorRegistry.Default.Detectors, d => Assert.Contains(d.Description, plain, StringComparison.Ordinal));
        Assert.DoesNotContain(Every2024FigureDetector.DetectorName, plain, StringComparison.Ordinal);
    }

    [Fact]
    public void The_watcher_alerts_on_the_findings_of_the_detectors_its_options_name()
    {
        string inbox = Path.Combine(_dir.Path, "inbox");
        Directory.CreateDirectory(inbox);
        using ObservationStore store = SqliteObservationStore.Open(Db);
        var watcher = new ReleaseWatcher(store, store, new WatchOptions
        {
            Folders = [inbox],
            Context = ReferenceData.Load(),
            Detectors = WithTestDetector,
            Site = new Uri("http://127.0.0.1:5080/"),
            Settle = TimeSpan.Zero,
        });
        watcher.Pass();

        File.WriteAllText(Path.Combine(inbox, "figures.csv"), Release);
        watcher.Pass();
        var output = new StringWriter();
        new AlertDispatcher(store).WriteLines(output);

        var alerts = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("finding"))
            .Where(f => f.GetProperty("detector").GetString() == Every2024FigureDetector.DetectorName)
            .Select(f => f.GetProperty("breakdown").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(["study", "total"], alerts);
    }

    private static SeriesKey Key(JsonElement f) => new(
        DatasetId.Parse(f.GetProperty("dataset").GetString()!), Country.Parse(f.GetProperty("reporter").GetString()!),
        Country.Parse(f.GetProperty("partner").GetString()!), Breakdown.Parse(f.GetProperty("breakdown").GetString()!));
}
