using System.Text.Json;
using Flowwatch.Application;
using Flowwatch.Application.Sanctions;
using Flowwatch.Application.Watching;
using Flowwatch.Sources.Sanctions;
using Flowwatch.Store;
using Flowwatch.Store.Sanctions;
using Flowwatch.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Flowwatch.Tests.Application.Watching;

/// <summary>
/// The sanctions list watched: UN list files landing in the inbox become list versions, and each entry added, removed or
/// amended since the version watched before is one alert. The lists are the bundled one and a later one derived from it
/// by code (<see cref="UnList.AYearOn"/>: KPi.001 removed, KPi.002 given an alias, KPi.999 added).
/// </summary>
public sealed class ListWatchTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static ReleaseWatcher Watcher(ObservationStore store, ISanctionsStore lists, string inbox, TimeProvider? clock = null) =>
        new(store, store, new WatchOptions { Folders = [inbox], Context = ReferenceData.Load(), Site = new Uri("http://127.0.0.1:5080/"), Settle = TimeSpan.Zero }, clock, lists);

    private static List<JsonElement> Deliver(IWatchStore store)
    {
        var output = new StringWriter();
        new AlertDispatcher(store).WriteLines(output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    /// <summary>Runs the two list releases through a fresh store and returns the alerts of the second.</summary>
    private List<JsonElement> TwoReleases(string name, TimeProvider? clock = null)
    {
        string inbox = Directory.CreateDirectory(Path.Combine(_dir.Path, name, "inbox")).FullName;
        string db = Path.Combine(_dir.Path, name, "fw.db");
        using ObservationStore store = SqliteObservationStore.Open(db);
        using SanctionsStore lists = SqliteSanctionsStore.Open(db);
        ReleaseWatcher watcher = Watcher(store, lists, inbox, clock);
        watcher.Pass();

        File.WriteAllText(Path.Combine(inbox, "consolidated-2024.xml"), UnList.Xml);
        PassResult first = watcher.Pass();
        Assert.Equal(IngestStatus.Stored, Assert.Single(first.Lists).Stored!.Status);
        Assert.Empty(Deliver(store)); // the first list watched is the baseline, as the first scan is

        File.WriteAllText(Path.Combine(inbox, "consolidated-2025.xml"), UnList.AYearOn(UnList.Xml));
        PassResult second = watcher.Pass();
        Assert.Equal(3, second.NewAlerts);
        List<JsonElement> alerts = Deliver(store);

        Assert.Equal(0, watcher.Pass().NewAlerts);
        Assert.Empty(Deliver(store));
        return alerts;
    }

    [Fact]
    public void A_newer_list_raises_one_alert_per_entry_added_removed_or_amended()
    {
        List<JsonElement> alerts = TwoReleases("a");
        string older = UnListReader.Read(UnList.File(UnList.Xml)).List!.Document.Sha256;
        string newer = UnListReader.Read(UnList.File(UnList.AYearOn(UnList.Xml))).List!.Document.Sha256;

        var byChange = alerts.ToDictionary(a => a.GetProperty("change").GetString()!, StringComparer.Ordinal);
        Assert.Equal(["added", "amended", "removed"], byChange.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("KPi.999", byChange["added"].GetProperty("entry").GetProperty("reference").GetString());
        Assert.Equal("KPi.001", byChange["removed"].GetProperty("entry").GetProperty("reference").GetString());
        Assert.Equal("KPi.002", byChange["amended"].GetProperty("entry").GetProperty("reference").GetString());
        Assert.Equal(["aliases"], byChange["amended"].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        JsonElement change = Assert.Single(byChange["amended"].GetProperty("changes").EnumerateArray());
        Assert.Equal("aliases", change.GetProperty("field").GetString());
        Assert.Contains(change.GetProperty("after").EnumerateArray(), v => v.GetString()!.StartsWith("Lee Je-seon (", StringComparison.Ordinal));
        Assert.DoesNotContain(change.GetProperty("before").EnumerateArray(), v => v.GetString()!.StartsWith("Lee Je-seon", StringComparison.Ordinal));
        Assert.StartsWith("aliases: + \"Lee Je-seon (", change.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.All(alerts, a =>
        {
            Assert.Equal(newer, a.GetProperty("release").GetProperty("sha256").GetString());
            Assert.Equal("consolidated-2025.xml", a.GetProperty("release").GetProperty("file").GetString());
            Assert.Equal(older, a.GetProperty("previous_release").GetProperty("sha256").GetString());
            Assert.EndsWith("/sanctions/" + a.GetProperty("entry").GetProperty("reference").GetString(), a.GetProperty("link").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_keys_come_from_the_change_not_the_clock()
    {
        var later = new FakeTimeProvider(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero));
        List<JsonElement> now = TwoReleases("now");
        List<JsonElement> then = TwoReleases("then", later);
        Assert.Equal(now.Select(a => a.GetProperty("key").GetString()).Order(StringComparer.Ordinal), then.Select(a => a.GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(3, now.Select(a => a.GetProperty("key").GetString()).Distinct().Count());
        Assert.All(then, a => Assert.Equal("2031-05-06T07:08:09Z", a.GetProperty("detected_at").GetString()));
    }

    [Fact]
    public void A_list_stored_by_a_pass_killed_before_it_recorded_still_raises_its_alerts()
    {
        string inbox = Directory.CreateDirectory(Path.Combine(_dir.Path, "inbox")).FullName;
        string db = _dir.File("fw.db");
        using ObservationStore store = SqliteObservationStore.Open(db);
        using SanctionsStore lists = SqliteSanctionsStore.Open(db);
        File.WriteAllText(Path.Combine(inbox, "consolidated-2024.xml"), UnList.Xml);
        Watcher(store, lists, inbox).Pass();
        Watcher(store, lists, inbox).Pass();

        // The newer list reached the store but the pass died before its scan was recorded: a new watcher finds the
        // file unchanged in the store and must still compare it.
        string newer = Path.Combine(inbox, "consolidated-2025.xml");
        File.WriteAllText(newer, UnList.AYearOn(UnList.Xml));
        lists.Ingest(UnListReader.Read(UnList.File(File.ReadAllText(newer), "consolidated-2025.xml")).List!);
        PassResult pass = Watcher(store, lists, inbox).Pass();
        Assert.Equal(IngestStatus.Unchanged, pass.Lists.Single(l => l.Path == newer).Stored!.Status);
        Assert.Equal(3, Deliver(store).Count);
    }

    [Fact]
    public void A_file_that_is_not_a_list_is_refused_and_the_pass_goes_on()
    {
        string inbox = Directory.CreateDirectory(Path.Combine(_dir.Path, "inbox")).FullName;
        string db = _dir.File("fw.db");
        using ObservationStore store = SqliteObservationStore.Open(db);
        using SanctionsStore lists = SqliteSanctionsStore.Open(db);
        File.WriteAllText(Path.Combine(inbox, "notes.xml"), "<notes><note>not a sanctions list</note></notes>");
        File.WriteAllText(Path.Combine(inbox, "consolidated-2024.xml"), UnList.Xml);
        PassResult pass = Watcher(store, lists, inbox).Pass();
        Assert.Null(pass.Lists.Single(l => l.Path.EndsWith("notes.xml", StringComparison.Ordinal)).Stored);
        Assert.Single(lists.Versions());
        Assert.True(pass.Scanned);
    }

    [Theory]
    [InlineData("un-1718-2024-09-26-converted.ftm.jsonl", "opensanctions.json", "ftm-json")]   // a data extension: the list watch's, not the ingestion's
    [InlineData("un-1718-2024-09-26-converted.ftm.jsonl", "entities.ftm", "ftm-json")]         // no extension Flowwatch knows
    [InlineData("ofac-sdn-2014-05-30-excerpt.xml", "sdn.xml", "ofac-sdn-xml")]
    [InlineData("eu-fsf-2024-12-11-excerpt.xml", "eu-consolidated.xml", "eu-fsf-xml")]
    public void Every_list_format_sanctions_load_reads_is_picked_up_by_its_content(string sample, string name, string format)
    {
        string inbox = Directory.CreateDirectory(Path.Combine(_dir.Path, "inbox")).FullName;
        string db = _dir.File("fw.db");
        using ObservationStore store = SqliteObservationStore.Open(db);
        using SanctionsStore lists = SqliteSanctionsStore.Open(db);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "samples", "sanctions", sample), Path.Combine(inbox, name));
        File.WriteAllText(Path.Combine(inbox, "notes.txt"), "{\"note\": \"a JSON note, not an entity\"}\n");
        PassResult pass = Watcher(store, lists, inbox).Pass();

        SanctionsLoadOutcome loaded = Assert.Single(pass.Lists);
        Assert.EndsWith(name, loaded.Path, StringComparison.Ordinal);
        Assert.Equal(IngestStatus.Stored, loaded.Stored!.Status);
        Assert.Equal(format, Assert.Single(lists.Versions()).Document.Format);
        Assert.DoesNotContain(pass.Ingested, o => o.Path.EndsWith(name, StringComparison.Ordinal));
    }
}
