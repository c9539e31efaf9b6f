using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Mvd;
using Flowwatch.Sources.TidyCsv;

namespace Flowwatch.Tests.Sources;

/// <summary>The MVD's 2016 release by country of citizenship, read from the real legacy .xls in samples/real.</summary>
public sealed class RealFilesMvdTests
{
    private static readonly SourceFile File = SourceFile.Load(Path.Combine(AppContext.BaseDirectory, "samples", "real", "mvd_stst_2016.xls"));
    private static readonly Lazy<ReadResult> Result = new(() => SourceFormats.Read(File, CitationCatalog.Empty));

    private static decimal Figure(string partner, string dataset, string breakdown) =>
        Result.Value.Observations.Single(o => o.Key.Partner.Code == partner && o.Key.Dataset.Id == dataset && o.Key.Breakdown.Code == breakdown).Value;

    [Fact]
    public void The_release_is_recognised_and_reads_without_errors()
    {
        Assert.Equal("mvd-migration-xls", SourceFormats.ReaderFor(File, CitationCatalog.Empty)!.Format);
        Assert.False(Result.Value.HasErrors, string.Join("\n", Result.Value.Diagnostics));
        Assert.All(Result.Value.Observations, o => Assert.Equal(Period.OfYear(2016), o.Period));
    }

    [Theory]
    [InlineData("ru-mvd-invitations-issued", "total", 12136)]
    [InlineData("ru-mvd-visas-issued", "total", 37733)]
    [InlineData("ru-mvd-primary-registrations-by-purpose", "tourism", 1072)]
    [InlineData("ru-mvd-primary-registrations-by-purpose", "study", 191)]
    [InlineData("ru-mvd-primary-registrations-by-purpose", "work", 27417)]
    [InlineData("ru-mvd-primary-registrations-by-purpose", "private", 239)]
    [InlineData("ru-mvd-primary-registrations-by-purpose", "other", 1011)]
    [InlineData("ru-mvd-primary-registrations-by-purpose", "total", 29930)]
    public void The_dprk_row_holds_the_published_figures(string dataset, string breakdown, int expected) =>
        Assert.Equal(expected, Figure("KP", dataset, breakdown));

    [Fact]
    public void The_dprk_work_figure_cites_its_cell_on_the_by_country_sheet()
    {
        Observation work = Result.Value.Observations.Single(o => o.Key.Partner.Code == "KP" && o.Key.Breakdown.Code == "work");

        Assert.Equal("САЙТ (2-РД страны)!J114", work.Provenance.Locator.ToString());
        Assert.Equal(File.Sha256, work.Provenance.Document.Sha256);
        Assert.Equal(Country.Parse("RU"), work.Key.Reporter);
    }

    [Theory]
    [InlineData("ru-mvd-invitations-issued", "total", 465657)]
    [InlineData("ru-mvd-visas-issued", "total", 293910)]
    [InlineData("ru-mvd-migration-registrations", "total", 14337084)]
    [InlineData("ru-mvd-primary-registrations-by-purpose", "work", 4284181)]
    [InlineData("ru-mvd-citizenship-acquired", "total", 265319)]
    public void The_total_row_is_read_and_the_rows_add_up_to_it(string dataset, string breakdown, int expected)
    {
        var reader = new MvdMigrationReader();
        Assert.True(reader.CanRead(File));

        Assert.Equal(expected, reader.Totals(File)[(DatasetId.Parse(dataset), Breakdown.Parse(breakdown))]);
        Assert.DoesNotContain(Result.Value.Diagnostics, d => d.Code == SourceMessages.InconsistentCode);
    }

    [Fact]
    public void Every_column_group_of_the_release_has_its_dataset()
    {
        string[] datasets = [.. Result.Value.Observations.Select(o => o.Key.Dataset.Id).Distinct().Order(StringComparer.Ordinal)];

        Assert.Equal(10, datasets.Length);
        Assert.All(datasets, d => Assert.True(DatasetCatalog.Bundled.TryGet(DatasetId.Parse(d), out _), d));
    }

    [Fact]
    public void Rows_without_a_country_code_and_the_repeated_row_are_warned_about_not_kept()
    {
        Assert.Contains(Result.Value.Diagnostics, d => d.Code == SourceMessages.SkippedCode && d.Message.Contains("ЛИЦА БЕЗ ГРАЖДАНСТВА", StringComparison.Ordinal));
        Assert.Contains(Result.Value.Diagnostics, d => d.Code == SourceMessages.DuplicateCode && d.Location == "САЙТ (2-РД страны)!A206");
        Assert.Contains(Result.Value.Diagnostics, d => d.Message.Contains("by Russian region", StringComparison.Ordinal));
    }

    [Fact]
    public void About_two_hundred_and_fifty_countries_are_read()
    {
        int partners = Result.Value.Observations.Select(o => o.Key.Partner).Distinct().Count();

        Assert.InRange(partners, 240, 260);
    }

    [Fact]
    public void The_release_is_dated_by_the_end_of_its_period_as_a_bound()
    {
        // The file states «за январь - декабрь 2016 года» and no date: it cannot have appeared before 2017.
        Assert.Equal(new DateOnly(2017, 1, 1), Result.Value.Document.ReleaseDate);
        Assert.Equal(ReleaseDateBasis.PeriodEnd, Result.Value.Document.DateBasis);
        Assert.All(Result.Value.Observations, o => Assert.Equal(new DateOnly(2017, 1, 1), o.Provenance.Document.ReleaseDate));
    }
}
