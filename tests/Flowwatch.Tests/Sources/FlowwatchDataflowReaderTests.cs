using System.Text;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;

namespace Flowwatch.Tests.Sources;

/// <summary>Flowwatch's own dataflow read back: SDMX-CSV and JSON-stat are told from Eurostat's, and a damaged file is refused by name.</summary>
public sealed class FlowwatchDataflowReaderTests
{
    private const string Header = "STRUCTURE,STRUCTURE_ID,ACTION,DATASET,REPORTER,PARTNER,BREAKDOWN,TIME_PERIOD,OBS_VALUE,OBS_FLAG,UNIT_MEASURE\n";
    private const string Row = "dataflow,FLOWWATCH:DF_FIGURES(1.0.0),I,ru-fsb-entries-by-purpose,RU,KP,study,2024-S1,370,lower_bound,trips\n";

    private static ReadResult Read(string name, string text) => SourceFormats.Read(new SourceFile(name, Encoding.UTF8.GetBytes(text)), CitationCatalog.Empty);

    private static string JsonStat(string value = "{\"1\":370}", string periods = "[\"2024-Q1\",\"2024-S1\"]", string breakdowns = "[\"study\"]", string flow = "FLOWWATCH:DF_FIGURES(1.0.0)") =>
        "{\"version\":\"2.0\",\"class\":\"dataset\",\"extension\":{\"dataflow\":\"" + flow + "\"},\"id\":[\"dataset\",\"reporter\",\"partner\",\"breakdown\",\"time\"],"
        + "\"size\":[1,1,1,1,2],\"dimension\":{\"dataset\":{\"category\":{\"index\":[\"ru-fsb-entries-by-purpose\"]}},\"reporter\":{\"category\":{\"index\":[\"RU\"]}},"
        + "\"partner\":{\"category\":{\"index\":[\"KP\"]}},\"breakdown\":{\"category\":{\"index\":" + breakdowns + "}},\"time\":{\"category\":{\"index\":" + periods + "}}},"
        + "\"value\":" + value + ",\"status\":{\"1\":\"lower_bound\"}}";

    [Fact]
    public void An_sdmx_csv_row_of_flowwatchs_dataflow_is_a_figure_with_its_period_flag_and_line()
    {
        ReadResult read = Read("kp.csv", Header + Row);
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        Observation o = Assert.Single(read.Observations);
        Assert.Equal(("ru-fsb-entries-by-purpose", "RU", "KP", "study"), (o.Key.Dataset.Id, o.Key.Reporter.Code, o.Key.Partner.Code, o.Key.Breakdown.Code));
        Assert.Equal((Period.OfHalf(2024, 1), 370m, ObservationFlag.LowerBound), (o.Period, o.Value, o.Flag));
        Assert.Equal("flowwatch-sdmx-csv", read.Document.Format);
        Assert.Equal("line 2", o.Provenance.Locator.ToString());
    }

    [Theory]
    [InlineData("dataflow,ESTAT:MIGR_RESFIRST(1.0),I,", "line 2", "STRUCTURE_ID")]
    [InlineData("dataflow,FLOWWATCH:DF_FIGURES(2.0.0),I,", "line 2", "STRUCTURE_ID")]
    [InlineData("dataflow,FLOWWATCH:DF_FIGURES(1.0.0),D,", "line 2", "ACTION")]
    public void A_row_of_another_structure_or_an_action_that_deletes_is_refused_naming_the_line(string start, string line, string column)
    {
        ReadResult read = Read("kp.csv", Header + start + Row[(Row.IndexOf(",I,", StringComparison.Ordinal) + 3)..]);
        Diagnostic error = Assert.Single(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(line, error.Location);
        Assert.Contains(column, error.Message, StringComparison.Ordinal);
        Assert.Empty(read.Observations);
    }

    [Fact]
    public void A_half_year_written_as_flowwatch_writes_it_is_not_an_sdmx_period()
    {
        ReadResult read = Read("kp.csv", Header + Row.Replace("2024-S1", "2024-H1", StringComparison.Ordinal));
        Assert.Contains(read.Diagnostics, d => d.Location == "line 2" && d.Message.Contains("2024-H1", StringComparison.Ordinal) && d.Message.Contains("2024-S1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_eurostat_sdmx_csv_file_still_goes_to_eurostats_reader()
    {
        var file = new SourceFile("estat.csv", Encoding.UTF8.GetBytes("STRUCTURE,STRUCTURE_ID,ACTION,freq,reason,citizen,duration,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
            + "dataflow,ESTAT:MIGR_RESFIRST(1.0),I,A,EDUC,KP,TOTAL,PER,DE,2023,40,\n"));
        Assert.Equal("eurostat-sdmx-csv", SourceFormats.ReaderFor(file, CitationCatalog.Empty)!.Format);
    }

    [Fact]
    public void A_json_stat_dataset_of_flowwatchs_dataflow_is_read_by_the_tidy_rules_each_figure_citing_its_cell()
    {
        ReadResult read = Read("kp.json", JsonStat());
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        Observation o = Assert.Single(read.Observations);
        Assert.Equal((Period.OfHalf(2024, 1), 370m, ObservationFlag.LowerBound), (o.Period, o.Value, o.Flag));
        Assert.Equal("flowwatch-json-stat", o.Provenance.Document.Format);
        Assert.Equal(read.Document.Sha256, o.Provenance.Document.Sha256);
        Assert.Equal("value![1]", o.Provenance.Locator.ToString());
    }

    [Theory]
    [InlineData("{\"1\":\"370\"}", "value![1]")]
    [InlineData("{\"2\":370}", "value![2]")]
    public void A_json_stat_cell_that_is_not_a_number_or_outside_the_cube_is_refused_naming_it(string value, string where)
    {
        ReadResult read = Read("kp.json", JsonStat(value: value));
        Assert.Contains(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location == where);
        Assert.Empty(read.Observations);
    }

    [Fact]
    public void A_json_stat_category_the_tidy_rules_refuse_is_named_by_its_cell()
    {
        ReadResult read = Read("kp.json", JsonStat(breakdowns: "[\"holiday\"]"));
        Assert.Contains(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location == "value![1]" && d.Message.Contains("holiday", StringComparison.Ordinal));
        Assert.Contains(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location == "value![1]");
        read = Read("kp.json", JsonStat(breakdowns: "[\"stu,dy\"]"));
        Assert.Contains(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location == "value![1]" && d.Message.Contains("commas", StringComparison.Ordinal));
    }

    [Fact]
    public void A_json_stat_dataset_of_another_dataflow_is_not_taken_for_flowwatchs()
    {
        var other = new SourceFile("other.json", Encoding.UTF8.GetBytes(JsonStat(flow: "ESTAT:MIGR_RESFIRST(1.0)")));
        Assert.NotEqual("flowwatch-json-stat", SourceFormats.ReaderFor(other, CitationCatalog.Empty)?.Format);
    }
}
