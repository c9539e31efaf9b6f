using Flowwatch.Application.Sanctions;
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
}
