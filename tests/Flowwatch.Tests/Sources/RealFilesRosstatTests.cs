using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;

namespace Flowwatch.Tests.Sources;

/// <summary>Rosstat's workbook of tourist trips by country 2014-2022, read from the real file in samples/real.</summary>
public sealed class RealFilesRosstatTests
{
    private const string Inbound = "ru-rosstat-inbound-tourist-trips";
    private const string Outbound = "ru-rosstat-outbound-tourist-trips";
    private static readonly SourceFile File = SourceFile.Load(Path.Combine(AppContext.BaseDirectory, "samples", "real", "rosstat_tourist_trips_by_country_2014-2022_v2.xlsx"));
    private static readonly Lazy<ReadResult> Result = new(() => SourceFormats.Read(File, CitationCatalog.Empty));

    private static Observation Figure(string dataset, string partner, string period) =>
        Result.Value.Observations.Single(o => o.Key.Dataset.Id == dataset && o.Key.Partner.Code == partner && o.Period == Period.Parse(period));

    [Fact]
    public void The_workbook_is_recognised_and_reads_without_errors()
    {
        Assert.Equal("rosstat-trips-xlsx", SourceFormats.ReaderFor(File, CitationCatalog.Empty)!.Format);
        Assert.False(Result.Value.HasErrors, string.Join("\n", Result.Value.Diagnostics));
    }

    [Theory]
    [InlineData(Inbound, "AM", "2016-Q1", "128", "1.2016!B12")] // the cell stores 128.321 under the format 0
    [InlineData(Inbound, "AM", "2016", "596", "1.2016!E12")] // 596.041 under 0
    [InlineData(Inbound, "AM", "2020-Q1", "88.3", "1.2020!B12")] // 88.332 under 0.0
    [InlineData(Inbound, "CN", "2015-Q1", "135", "1.2015!B11")]
    [InlineData(Inbound, "KR", "2014", "114", "1.2014!D31")]
    [InlineData(Outbound, "FI", "2014", "4283", "2.2014!D7")]
    [InlineData(Outbound, "FI", "2014-H1", "2195", "2.2014!B7")]
    public void Published_figures_stay_in_thousands_and_cite_their_cell(string dataset, string partner, string period, string expected, string cell)
    {
        Observation o = Figure(dataset, partner, period);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), o.Value);
        Assert.Equal(ObservationFlag.AsPublished, o.Flag);
        Assert.Equal(cell, o.Provenance.Locator.ToString());
        Assert.True(DatasetCatalog.Bundled.TryGet(o.Key.Dataset, out DatasetInfo info));
        Assert.Equal("thousand trips", info.Unit);
    }

    [Theory]
    [InlineData(Inbound, "AM", "2016-Q2", "155")] // 283 - 128, as the two cells display
    [InlineData(Outbound, "FI", "2014-Q3", "1198")]
    [InlineData(Outbound, "FI", "2014-Q4", "890")]
    public void Cumulative_columns_are_differenced_into_quarters_flagged_derived(string dataset, string partner, string period, string expected)
    {
        Observation o = Figure(dataset, partner, period);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), o.Value);
        Assert.Equal(ObservationFlag.Derived, o.Flag);
        Assert.Contains("minus", o.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_directions_and_every_year_are_read_for_many_countries()
    {
        var inbound = Result.Value.Observations.Where(o => o.Key.Dataset.Id == Inbound).ToList();
        var outbound = Result.Value.Observations.Where(o => o.Key.Dataset.Id == Outbound).ToList();

        Assert.Equal(Enumerable.Range(2014, 9), inbound.Select(o => o.Period.Year).Distinct().Order());
        Assert.Equal(Enumerable.Range(2014, 9), outbound.Select(o => o.Period.Year).Distinct().Order());
        Assert.InRange(inbound.Select(o => o.Key.Partner).Distinct().Count(), 60, 90);
        Assert.DoesNotContain(Result.Value.Observations, o => o.Key.Partner.Code == "KP");
    }

    [Fact]
    public void The_monthly_sheets_without_countries_are_skipped_with_a_warning()
    {
        Assert.Contains(Result.Value.Diagnostics, d => d.Code == SourceMessages.SkippedCode && d.Location == "3.2022");
    }

    [Fact]
    public void The_workbook_is_dated_by_its_own_update_line()
    {
        // The contents sheet ends with «Обновлено: 11.05.2023».
        Assert.Equal(new DateOnly(2023, 5, 11), Result.Value.Document.ReleaseDate);
        Assert.Equal(ReleaseDateBasis.File, Result.Value.Document.DateBasis);
    }

    [Fact]
    public void A_value_stored_unrounded_is_published_as_displayed_and_kept_as_a_witness_detail()
    {
        // Portugal 2016, outbound: the cell stores 25.461103351004734 under the format 0.
        Observation o = Figure(Outbound, "PT", "2016");
        Assert.Equal(25m, o.Value);
        Assert.Contains("The cell stores 25.461103351004734", o.Note, StringComparison.Ordinal);
        Assert.Equal(5m, Figure(Outbound, "PT", "2016-Q4").Value); // 25 - 20, as the two cells display
    }

    [Fact]
    public void The_methodology_footnote_of_2020_goes_with_the_first_quarter_only()
    {
        Observation q1 = Figure(Inbound, "AM", "2020-Q1");
        Assert.Contains("Footnote 1) (1.2020!A73)", q1.Note, StringComparison.Ordinal);
        Assert.Contains("приказом Росстата от 31 октября 2019 г. № 640", q1.Note, StringComparison.Ordinal);
        Assert.DoesNotContain("Footnote", Figure(Inbound, "AM", "2020-H1").Note ?? "", StringComparison.Ordinal);
        Assert.Contains("Footnote 1)", Figure(Inbound, "AM", "2020-Q2").Note, StringComparison.Ordinal); // H1 minus the footnoted Q1
    }
}
