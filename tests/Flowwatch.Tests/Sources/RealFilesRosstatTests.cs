using Flowwatch.Model;
using Flowwatch.Sources;

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
    [InlineData(Inbound, "AM", "2016-Q1", "128.321", "1.2016!B12")]
    [InlineData(Inbound, "AM", "2016", "596.041", "1.2016!E12")]
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
    [InlineData(Inbound, "AM", "2016-Q2", "154.673")]
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
}
