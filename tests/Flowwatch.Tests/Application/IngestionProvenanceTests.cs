using Flowwatch.Application;
using Flowwatch.Sources;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Application;

/// <summary>Ingestion keeps test data apart, refuses citations it cannot resolve and skips what is not data in folders.</summary>
public sealed class IngestionProvenanceTests : IDisposable
{
    private const string CatalogHeader = "source_id,outlet,date,language,url";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private ObservationStore Store() => SqliteObservationStore.Open(_dir.File("fw.db"));

    private static IReadOnlyList<FileOutcome> Ingest(IObservationStore store, IngestOptions? options, params string[] paths) =>
        new Ingestion(store).IngestFiles(Ingestion.ExpandTargets(paths), options ?? IngestOptions.Default);

    [Fact]
    public void A_folder_skips_files_that_are_not_data_but_a_file_named_alone_is_an_error()
    {
        _dir.Write("in/figures.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,5,,,,"));
        _dir.Write("in/articles/article.txt", "Nordkorea schickte 13.221 Menschen.");
        using ObservationStore store = Store();

        IReadOnlyList<FileOutcome> outcomes = Ingest(store, null, _dir.File("in"));
        Assert.DoesNotContain(outcomes, o => o.IsRejected);
        Assert.True(outcomes.Single(o => o.Path.EndsWith("article.txt", StringComparison.Ordinal)).IsSkipped);

        FileOutcome alone = Assert.Single(Ingest(store, null, _dir.File("in/articles/article.txt")));
        Assert.True(alone.IsRejected);
    }

    [Fact]
    public void An_unknown_citation_id_is_an_error_naming_file_line_and_id()
    {
        _dir.Write("in/sources.csv", CatalogHeader + "\nA,Outlet A,2024-01-01,en,https://a.example\n");
        _dir.Write("in/figures.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,5,,A,,", "ru-fsb-entries-by-purpose,RU,KP,total,2023,4,,NOPE,,"));
        _dir.Write("bare/figures.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,5,,GHOST,,"));
        using ObservationStore store = Store();

        Diagnostic error = Assert.Single(Ingest(store, null, _dir.File("in")).Single(o => o.Path.EndsWith("figures.csv", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal("figures.csv, line 3: the citation 'NOPE' is not in the citation list (sources.csv) beside the file. [FW006]", error.ToString());

        Diagnostic bare = Assert.Single(Assert.Single(Ingest(store, null, _dir.File("bare/figures.csv"))).Diagnostics);
        Assert.Contains("'GHOST'", bare.Message, StringComparison.Ordinal);
        Assert.Equal("line 2", bare.Location);
        Assert.Empty(store.Sources());
    }

    [Fact]
    public void A_citation_list_with_a_wrong_header_names_the_expected_columns_and_its_figures_are_refused_too()
    {
        _dir.Write("in/sources.csv", "id,outlet,date,language,url\nA,Outlet A,2024-01-01,en,https://a.example\n");
        _dir.Write("in/figures.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,5,,A,,"));
        using ObservationStore store = Store();

        IReadOnlyList<FileOutcome> outcomes = Ingest(store, null, _dir.File("in"));
        FileOutcome list = outcomes.Single(o => o.IsCitationList);
        Assert.True(list.IsRejected);
        Assert.Contains("source_id,outlet,date,language,url", Assert.Single(list.Diagnostics).Message, StringComparison.Ordinal);
        Assert.True(outcomes.Single(o => !o.IsCitationList).IsRejected);
        Assert.Empty(store.Sources());
    }

    [Fact]
    public void A_changed_citation_list_counts_as_a_change_and_repairs_the_citations()
    {
        _dir.Write("in/sources.csv", CatalogHeader + "\nA,Wrong Outlet,2024-01-01,en,https://wrong.example\n");
        _dir.Write("in/figures.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,5,,A,,"));
        using ObservationStore store = Store();
        Ingest(store, null, _dir.File("in"));
        Assert.Equal(IngestStatus.Unchanged, Ingest(store, null, _dir.File("in")).Single(o => !o.IsCitationList).Stored!.Status);

        _dir.Write("in/sources.csv", CatalogHeader + "\nA,Right Outlet,2024-01-01,en,https://right.example\n");
        FileOutcome again = Ingest(store, null, _dir.File("in")).Single(o => !o.IsCitationList);
        Assert.Equal(IngestStatus.Updated, again.Stored!.Status);
        Assert.Equal("Right Outlet", Assert.Single(Assert.Single(store.Current(ObservationQuery.All)).Provenance.Citations).Outlet);
    }

    [Fact]
    public void A_file_is_synthetic_by_its_marker_its_citation_list_or_the_option()
    {
        _dir.Write("marked/figures.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,5,,,\"SYNTHETIC SAMPLE, made by a test\","));
        _dir.Write("listed/sources.csv", CatalogHeader + ",synthetic\nT,Test generator,2024-01-01,en,,yes\n");
        _dir.Write("listed/figures.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2023,6,,T,,"));
        _dir.Write("plain/figures.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2022,7,,,,"));
        _dir.Write("real/figures.csv", Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2021,8,,,,"));
        using ObservationStore store = Store();

        Assert.True(Ingest(store, null, _dir.File("marked")).Single().IsSynthetic);
        Assert.True(Ingest(store, null, _dir.File("listed")).Single(o => !o.IsCitationList).IsSynthetic);
        Assert.True(Ingest(store, new IngestOptions { Synthetic = true }, _dir.File("plain")).Single().IsSynthetic);
        Assert.False(Ingest(store, null, _dir.File("real")).Single().IsSynthetic);

        Assert.Equal("2021", Assert.Single(store.Current(ObservationQuery.All)).Period.ToString());
        Assert.Equal(4, store.Current(ObservationQuery.All with { IncludeSynthetic = true }).Count);
    }

    [Fact]
    public void Every_bundled_sample_file_carries_the_synthetic_marker()
    {
        string samples = Path.Combine(AppContext.BaseDirectory, "samples");
        foreach (string path in Directory.GetFiles(samples).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            Assert.True(SyntheticMarker.IsMarked(SourceFile.Load(path)), Path.GetFileName(path));
        }

        Assert.False(SyntheticMarker.IsMarked(BundledData.Observations));
    }
}

public sealed class HandEnteredFigureTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_figure_entered_by_hand_names_its_own_file_or_publisher_not_the_statistic_s_publisher()
    {
        _dir.Write("mine/figures.csv",
            "dataset,reporter,partner,breakdown,period,value,publisher\n"
            + "ru-fsb-entries-by-purpose,RU,KP,total,2024,5,\n"
            + "ru-fsb-entries-by-purpose,RU,KP,total,2023,4,My Research Group\n");
        using ObservationStore store = SqliteObservationStore.Open(_dir.File("fw.db"));
        new Ingestion(store).IngestFiles(Ingestion.ExpandTargets([_dir.File("mine")]), IngestOptions.Default);
        var byYear = store.Current(ObservationQuery.All).ToDictionary(o => o.Period.ToString(), o => Flowwatch.Reports.SeriesRows.Ref(o).Publisher);
        Assert.Equal("figures.csv (figures entered by its author, no report cited)", byYear["2024"]);
        Assert.Equal("My Research Group", byYear["2023"]);
        Assert.DoesNotContain("FSB", string.Join(" ", byYear.Values), StringComparison.Ordinal);
    }
}
