using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Sources.Sanctions;
using Flowwatch.Store;
using Flowwatch.Store.Postgres;
using Flowwatch.Store.Sanctions;
using Flowwatch.Tests.Support;
using Npgsql;

namespace Flowwatch.Tests.Store.Sanctions;

/// <summary>The list-version contract, on SQLite always and on PostgreSQL when its test server is set.</summary>
public sealed class SanctionsStoreContractTests
{
    public static TheoryData<string> Engines => StoreEngines.All;

    [Theory]
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

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_newer_list_is_a_new_version_and_the_diff_shows_the_changes(string engine)
    {
        using var dir = new TempDirectory();
        using ISanctionsStore store = Open(engine, dir);
        store.Ingest(UnList.Bundled);
        SanctionsList newer = UnListReader.Read(UnList.File(Amended(UnList.Xml), "consolidated-2025.xml")).List!;
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
    }

    /// <summary>The bundled list a year on, written by code: KPi.001 removed, KPi.002 given an alias, KPi.999 added.</summary>
    internal static string Amended(string xml)
    {
        int start = xml.IndexOf("<INDIVIDUAL>", xml.IndexOf("KPi.001", StringComparison.Ordinal) - 400, StringComparison.Ordinal);
        int end = xml.IndexOf("</INDIVIDUAL>", start, StringComparison.Ordinal) + "</INDIVIDUAL>".Length;
        string record = xml[start..end];
        xml = xml.Remove(start, end - start);
        xml = xml.Replace("<ALIAS_NAME>Ri Che-son</ALIAS_NAME>", "<ALIAS_NAME>Ri Che-son; Lee Je-seon</ALIAS_NAME>", StringComparison.Ordinal);
        string added = record.Replace("KPi.001", "KPi.999", StringComparison.Ordinal).Replace("<FIRST_NAME>YUN</FIRST_NAME>", "<FIRST_NAME>HAN</FIRST_NAME>", StringComparison.Ordinal);
        xml = xml.Replace("</INDIVIDUALS>", added + "</INDIVIDUALS>", StringComparison.Ordinal);
        return xml.Replace("dateGenerated='2024-09-26T00:00:07.514Z'", "dateGenerated='2025-09-26T00:00:00.000Z'", StringComparison.Ordinal);
    }

    private static ISanctionsStore Open(string engine, TempDirectory dir)
    {
        if (engine == "sqlite")
        {
            return SqliteSanctionsStore.Open(dir.File("fw.db"));
        }

        string connection = Environment.GetEnvironmentVariable(StoreEngines.Variable)!;
        string schema = "fw_" + Path.GetFileName(dir.Path).Replace("-", "_", StringComparison.Ordinal);
        using (var dataSource = NpgsqlDataSource.Create(connection))
        using (NpgsqlCommand create = dataSource.CreateCommand($"CREATE SCHEMA IF NOT EXISTS {schema};"))
        {
            create.ExecuteNonQuery();
        }

        return PostgresSanctionsStore.Open(new NpgsqlConnectionStringBuilder(connection) { SearchPath = schema }.ConnectionString);
    }
}
