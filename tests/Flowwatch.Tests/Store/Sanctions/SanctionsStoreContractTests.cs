using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Sources.Sanctions;
using Flowwatch.Store;
using Flowwatch.Store.Postgres;
using Flowwatch.Store.Sanctions;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Store.Sanctions;

/// <summary>The list-version contract, on SQLite and on PostgreSQL (skipped, saying why, without a test server).</summary>
public sealed class SanctionsStoreContractTests
{
    public static TheoryData<string> Engines => StoreEngines.All;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_list_is_stored_once_and_read_back_whole(string engine)
    {
        using var dir = new TempDirectory();
        using ISanctionsStore store = Open(engine, dir);
        SanctionsList list = UnList.Bundled;
        Assert.Equal(IngestStatus.Stored, store.Ingest(list).Status);
        Assert.Equal(IngestStatus.Unchanged, store.Ingest(list).Status);
        SanctionsListVersion version = Assert.Single(store.Versions());
        Assert.Equal(list.Parties.Count, version.Entries);
        Assert.Equal(list.Generated, version.Generated);

        SanctionsList back = store.Load(list.Document.Sha256)!;
        Assert.Equal(list.Parties.Count, back.Parties.Count);
        Assert.Empty(SanctionsDiff.Compare(list, back).Amended);
        DesignatedParty ri = back.Find("KPi.002")!;
        Assert.Equal(list.Find("KPi.002")!.Names, ri.Names);
        Assert.Equal(list.Find("KPi.002")!.BirthDates, ri.BirthDates);
        Assert.Null(store.Load("0000"));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_newer_list_is_a_new_version_and_the_diff_shows_the_changes(string engine)
    {
        using var dir = new TempDirectory();
        using ISanctionsStore store = Open(engine, dir);
        store.Ingest(UnList.Bundled);
        SanctionsList newer = UnListReader.Read(UnList.File(UnList.AYearOn(UnList.Xml), "consolidated-2025.xml")).List!;
        store.Ingest(newer);
        IReadOnlyList<SanctionsListVersion> versions = store.Versions();
        Assert.Equal(2, versions.Count);
        Assert.Equal(newer.Document.Sha256, versions[^1].Document.Sha256);

        SanctionsDiff diff = SanctionsDiff.Compare(store.Load(versions[0].Document.Sha256)!, store.Load(versions[1].Document.Sha256)!);
        Assert.Equal("KPi.999", Assert.Single(diff.Added).Reference);
        Assert.Equal("KPi.001", Assert.Single(diff.Removed).Reference);
        Amendment changed = Assert.Single(diff.Amended);
        Assert.Equal("KPi.002", changed.After.Reference);
        Assert.Equal(["aliases"], changed.Fields);
        FieldChange aliases = Assert.Single(changed.Changes);
        Assert.Empty(aliases.Removed);
        Assert.StartsWith("Lee Je-seon (", Assert.Single(aliases.Added), StringComparison.Ordinal);
        Assert.StartsWith("aliases: + \"Lee Je-seon (", Flowwatch.Reports.Sanctions.FieldChangeText.Describe(aliases), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Eight_loads_of_one_list_at_once_store_it_once_and_report_the_rest_unchanged(string engine)
    {
        using var dir = new TempDirectory();
        using (ISanctionsStore first = Open(engine, dir))
        {
            first.Versions();
        }

        SanctionsList list = UnList.Bundled;
        IngestStatus[] statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            using ISanctionsStore store = Open(engine, dir);
            return store.Ingest(list).Status;
        })));

        Assert.Equal(1, statuses.Count(s => s == IngestStatus.Stored));
        Assert.Equal(7, statuses.Count(s => s == IngestStatus.Unchanged));
        using ISanctionsStore check = Open(engine, dir);
        Assert.Single(check.Versions());
    }

    private static ISanctionsStore Open(string engine, TempDirectory dir)
    {
        if (engine == "sqlite")
        {
            return SqliteSanctionsStore.Open(dir.File("fw.db"));
        }

        return PostgresSanctionsStore.Open(StoreEngines.Location(engine, dir));
    }
}
