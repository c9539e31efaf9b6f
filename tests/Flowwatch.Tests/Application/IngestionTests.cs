using Flowwatch.Application;
using Flowwatch.Sources;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Application;

public sealed class IngestionTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_folder_with_a_citation_list_resolves_the_citations_of_the_files_beside_it()
    {
        _dir.Write("in/sources.csv", "source_id,outlet,date,language,url\nA,Outlet A,2024-01-01,en,https://a.example\n");
        _dir.Write("in/figures.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,5,,A,,"));
        using ObservationStore store = SqliteObservationStore.Open(_dir.File("fw.db"));
        IReadOnlyList<FileOutcome> outcomes = new Ingestion(store).IngestFiles(Ingestion.Expand([_dir.File("in")]));
        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.False(o.IsRejected));
        var cited = Assert.Single(store.Current(ObservationQuery.All)).Provenance.Citations;
        Assert.Equal("Outlet A", Assert.Single(cited).Outlet);
    }

    [Fact]
    public void A_malformed_file_is_refused_whole_while_good_files_beside_it_are_stored()
    {
        _dir.Write("in/good.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,5,,,,"));
        _dir.Write("in/bad.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2023,5,,,,", "ru-fsb-entries-by-purpose,RU,KP,total,2023-Q7,5,,,,"));
        using ObservationStore store = SqliteObservationStore.Open(_dir.File("fw.db"));
        IReadOnlyList<FileOutcome> outcomes = new Ingestion(store).IngestFiles(Ingestion.Expand([_dir.File("in")]));
        FileOutcome bad = outcomes.Single(o => o.Path.EndsWith("bad.csv", StringComparison.Ordinal));
        Assert.True(bad.IsRejected);
        Assert.Equal("line 3", Assert.Single(bad.Diagnostics).Location);
        Assert.Equal("2024", Assert.Single(store.Current(ObservationQuery.All)).Period.ToString());
    }

    [Fact]
    public void A_file_of_no_known_format_is_refused_with_the_formats_listed()
    {
        _dir.Write("notes.txt", "hello");
        using ObservationStore store = SqliteObservationStore.Open(_dir.File("fw.db"));
        FileOutcome o = Assert.Single(new Ingestion(store).IngestFiles([_dir.File("notes.txt")]));
        Assert.True(o.IsRejected);
        Assert.Contains("docs/formats.md", Assert.Single(o.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_named() =>
        Assert.Contains("nowhere.csv", Assert.Throws<SourceException>(() => Ingestion.Expand(["nowhere.csv"])).Message, StringComparison.Ordinal);

    [Fact]
    public void IngestBundled_is_idempotent()
    {
        using ObservationStore store = SqliteObservationStore.Open(_dir.File("fw.db"));
        var ingestion = new Ingestion(store);
        Assert.Equal(IngestStatus.Stored, ingestion.IngestBundled().Stored!.Status);
        Assert.Equal(IngestStatus.Unchanged, ingestion.IngestBundled().Stored!.Status);
    }
}

public sealed class IngestionDifferencingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    [Theory]
    [InlineData("fsb-entries-2024-H1-synthetic.csv", "fsb-entries-2024-YTD09-synthetic-cp1251.csv")]
    [InlineData("fsb-entries-2024-YTD09-synthetic-cp1251.csv", "fsb-entries-2024-H1-synthetic.csv")]
    public void A_january_to_september_table_gives_the_third_quarter_whatever_the_order(string first, string second)
    {
        using ObservationStore store = SqliteObservationStore.Open(_dir.File("fw.db"));
        var ingestion = new Ingestion(store);
        foreach (string name in new[] { first, second })
        {
            FileOutcome outcome = Assert.Single(ingestion.IngestFiles([Sample(name)]));
            Assert.False(outcome.IsRejected, string.Join("\n", outcome.Diagnostics));
        }

        var q3 = store.Current(new ObservationQuery { Partner = Flowwatch.Model.Country.Parse("KP"), IncludeSynthetic = true })
            .Where(o => o.Period == Flowwatch.Model.Period.Parse("2024-Q3")).ToDictionary(o => o.Key.Breakdown.Code);
        Assert.Equal(3765m, q3["study"].Value);
        Assert.Equal(5263m, q3["total"].Value);
        Assert.Equal(Flowwatch.Model.ObservationFlag.Derived, q3["study"].Flag);
        Assert.Contains("2024-H1", q3["study"].Note, StringComparison.Ordinal);
    }
}
