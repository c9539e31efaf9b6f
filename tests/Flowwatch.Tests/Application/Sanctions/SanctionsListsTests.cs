using Flowwatch.Analysis.Sanctions;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Sources.Sanctions;
using Flowwatch.Store;
using Flowwatch.Store.Sanctions;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Application.Sanctions;

/// <summary>Loading list versions: a list cut short but well closed is refused unless the user accepts the shrink (issue 27, R16).</summary>
public sealed class SanctionsListsTests
{
    [Fact]
    public void A_list_with_far_fewer_records_than_its_previous_version_is_refused_unless_accepted()
    {
        using var dir = new TempDirectory();
        using ISanctionsStore store = SqliteSanctionsStore.Open(dir.File("fw.db"));
        var lists = new SanctionsLists(store);
        Assert.Equal(IngestStatus.Stored, lists.LoadBundled().Stored!.Status);

        string xml = UnList.Xml;
        int cut = xml.LastIndexOf("</INDIVIDUAL>", xml.Length / 2, StringComparison.Ordinal) + "</INDIVIDUAL>".Length;
        string shortened = xml[..cut] + "\n</INDIVIDUALS>\n<ENTITIES>\n</ENTITIES>\n</CONSOLIDATED_LIST>\n";
        SourceFile file = UnList.File(shortened, "cut-and-closed.xml");

        SanctionsLoadOutcome refused = lists.Load("cut-and-closed.xml", file);
        Assert.Null(refused.Stored);
        Diagnostic error = Assert.Single(refused.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(SanctionsMessages.ShrinkCode, error.Code);
        Assert.Contains("--accept-shrink", error.Message, StringComparison.Ordinal);
        Assert.Single(store.Versions());

        SanctionsLoadOutcome accepted = lists.Load("cut-and-closed.xml", file, acceptShrink: true);
        Assert.Equal(IngestStatus.Stored, accepted.Stored!.Status);
        Assert.Contains(accepted.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Code == SanctionsMessages.ShrinkCode);
    }

    [Fact]
    public void An_entry_the_newest_version_lacks_is_removed_with_the_version_that_removed_it()
    {
        using var dir = new TempDirectory();
        using ISanctionsStore store = SqliteSanctionsStore.Open(dir.File("fw.db"));
        var lists = new SanctionsLists(store);
        lists.LoadBundled();
        Assert.Empty(lists.Removed());
        Assert.Equal(IngestStatus.Stored, lists.Load("consolidated-2025.xml", UnList.File(UnList.AYearOn(UnList.Xml), "consolidated-2025.xml")).Stored!.Status);

        RemovedEntry removed = Assert.Single(lists.Removed().Values);
        Assert.Equal("KPi.001", removed.Party.Reference);
        Assert.Equal("YUN HO-JIN", removed.Party.Name);
        Assert.Equal("consolidated-2025.xml", removed.RemovedIn.Document.FileName);
        Assert.Equal(2024, removed.LastListedIn.Generated.Year);
        Assert.Equal("KPi.001", lists.Removed()["kpi.001"].Party.Reference); // a reference as a user types it
    }

    [Fact]
    public void A_longer_newer_list_is_no_shrink()
    {
        using var dir = new TempDirectory();
        using ISanctionsStore store = SqliteSanctionsStore.Open(dir.File("fw.db"));
        var lists = new SanctionsLists(store);
        lists.LoadBundled();
        SanctionsLoadOutcome newer = lists.Load("2025.xml", UnList.File(UnList.AYearOn(UnList.Xml), "2025.xml"));
        Assert.Equal(IngestStatus.Stored, newer.Stored!.Status);
        Assert.DoesNotContain(newer.Diagnostics, d => d.Code == SanctionsMessages.ShrinkCode);
    }

    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", "sanctions", name);

    [Fact]
    public void Each_list_is_its_own_and_screening_answers_from_the_newest_version_of_every_one()
    {
        using var dir = new TempDirectory();
        using ISanctionsStore store = SqliteSanctionsStore.Open(dir.File("fw.db"));
        var lists = new SanctionsLists(store);
        lists.LoadBundled();
        foreach (string sample in new[] { "ofac-sdn-2014-05-30-excerpt.xml", "eu-fsf-2024-12-11-excerpt.xml", "un-1718-2024-09-26-converted.ftm.jsonl" })
        {
            SanctionsLoadOutcome loaded = lists.Load(SamplePath(sample));
            Assert.True(loaded.Stored?.Status == IngestStatus.Stored, string.Join("\n", loaded.Diagnostics));
        }

        // A version of another list is never "the next version" of the UN list: nothing shrank, nothing was removed.
        Assert.Empty(lists.Removed());
        IReadOnlyList<SanctionsList> current = lists.Current();
        Assert.Equal(4, current.Count);
        Assert.Equal(["European Commission", "FollowTheMoney: flowwatch_un_1718_converted", "UN Security Council", "US Treasury OFAC"], current.Select(l => l.Document.Publisher).Order(StringComparer.Ordinal));

        var screening = new ScreeningService(current);
        ScreeningMatch ofac = Assert.Single(screening.Screen(new ScreeningQuery("Aero Caribbean Airlines")), m => m.Alert);
        Assert.Equal("OFAC-36", ofac.Party.Reference);
        Assert.Equal(SanctionsList.OfacPublisher, ofac.List!.Document.Publisher);
        ScreeningMatch eu = Assert.Single(screening.Screen(new ScreeningQuery("Saddam Hussein al-Tikriti")), m => m.Alert && m.List!.Document.Publisher == SanctionsList.EuPublisher);
        Assert.Equal("EU-13", eu.Party.Reference);

        // The same designation on two lists: one match from each, each naming its list.
        var ri = screening.Screen(new ScreeningQuery("Ri Je-son")).Where(m => m.Alert).ToList();
        Assert.Equal(["KPi.002", "un-kpi.002"], ri.Select(m => m.Party.Reference).Order(StringComparer.Ordinal));
        Assert.Equal(2, ri.Select(m => m.List!.Document.Publisher).Distinct().Count());

        // Two versions of different lists do not compare.
        IReadOnlyList<SanctionsListVersion> versions = lists.Versions();
        Assert.Throws<ArgumentException>(() => lists.Diff(versions[0], versions[1]));
        Assert.Null(lists.Previous(versions[1]));
    }

    [Fact]
    public void A_newer_version_of_one_list_removes_only_from_that_list()
    {
        using var dir = new TempDirectory();
        using ISanctionsStore store = SqliteSanctionsStore.Open(dir.File("fw.db"));
        var lists = new SanctionsLists(store);
        lists.LoadBundled();
        lists.Load(SamplePath("ofac-sdn-2014-05-30-excerpt.xml"));

        // Synthetic: the OFAC sample without its first record, published a day later (made here, not an OFAC file).
        string xml = File.ReadAllText(SamplePath("ofac-sdn-2014-05-30-excerpt.xml"));
        int from = xml.IndexOf("<sdnEntry>", StringComparison.Ordinal), to = xml.IndexOf("</sdnEntry>", StringComparison.Ordinal) + "</sdnEntry>".Length;
        string later = (xml[..from] + xml[to..]).Replace("05/30/2014", "05/31/2014", StringComparison.Ordinal);
        SanctionsLoadOutcome newer = lists.Load("sdn-synthetic-later.xml", UnList.File(later, "sdn-synthetic-later.xml"), acceptShrink: true);
        Assert.Equal(IngestStatus.Stored, newer.Stored!.Status);

        RemovedEntry removed = Assert.Single(lists.Removed().Values);
        Assert.Equal("OFAC-10", removed.Party.Reference);
        Assert.Equal(newer.Stored.Version.Document.Sha256, removed.RemovedIn.Document.Sha256);
        Assert.Equal("ofac-sdn-2014-05-30-excerpt.xml", lists.Previous(newer.Stored.Version)!.Document.FileName);
        Assert.Equal(2, lists.Current().Count);
    }
}
