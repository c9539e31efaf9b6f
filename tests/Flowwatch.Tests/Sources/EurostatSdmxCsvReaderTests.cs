using System.Text;
using Flowwatch.Model;
using Flowwatch.Samples;
using Flowwatch.Sources;
using Flowwatch.Sources.Eurostat;

namespace Flowwatch.Tests.Sources;

public sealed class EurostatSdmxCsvReaderTests
{
    private const string Header = "DATAFLOW,LAST UPDATE,freq,reason,citizen,duration,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG";
    private static readonly EurostatSdmxCsvReader Reader = new();

    private static SourceFile File(params string[] rows) =>
        new("resfirst.csv", Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n"));

    private static string Row(string reason, string citizen, string geo, string value, string flag = "", string duration = "TOTAL", string unit = "PER", string time = "2023") =>
        $"ESTAT:MIGR_RESFIRST(1.0),21/03/24 23:00:00,A,{reason},{citizen},{duration},{unit},{geo},{time},{value},{flag}";

    [Fact]
    public void Maps_reasons_to_purposes_and_codes_to_countries()
    {
        ReadResult result = Reader.Read(File(Row("EDUC", "KP", "DE", "120"), Row("EMP", "KP", "EL", "30"), Row("FAM", "CN", "UK", "7"), Row("TOTAL", "KP", "DE", "200")));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Observation study = result.Observations.Single(o => o.Key.Breakdown.Code == "study");
        Assert.Equal("eurostat-migr-resfirst/DE/KP/study", study.Key.ToString());
        Assert.Equal(Period.OfYear(2023), study.Period);
        Assert.Equal(120m, study.Value);
        Assert.Equal("line 2, column J", study.Provenance.Locator.ToString());
        Assert.Equal(new DateOnly(2024, 3, 21), study.Provenance.Document.ReleaseDate);
        Assert.Equal("GR", result.Observations.Single(o => o.Key.Breakdown.Code == "work").Key.Reporter.Code);
        Assert.Equal("GB", result.Observations.Single(o => o.Key.Breakdown.Code == "family").Key.Reporter.Code);
        Assert.Contains(result.Observations, o => o.Key.Breakdown == Breakdown.Total);
    }

    [Fact]
    public void Flags_become_approximate_notes_or_no_figure()
    {
        ReadResult result = Reader.Read(File(Row("EDUC", "KP", "DE", "120", "e"), Row("EMP", "KP", "DE", "30", "p"), Row("FAM", "KP", "DE", "", "c"), Row("OTH", "KP", "DE", "")));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(ObservationFlag.Approximate, result.Observations.Single(o => o.Key.Breakdown.Code == "study").Flag);
        Observation work = result.Observations.Single(o => o.Key.Breakdown.Code == "work");
        Assert.Equal(ObservationFlag.AsPublished, work.Flag);
        Assert.Contains("provisional", work.Note, StringComparison.Ordinal);
        Assert.Equal(2, result.Observations.Count);
    }

    [Fact]
    public void Sub_reasons_aggregates_and_other_durations_are_skipped_with_a_warning()
    {
        ReadResult result = Reader.Read(File(Row("EDUC", "KP", "DE", "120"), Row("EMP_HSK", "KP", "DE", "3"), Row("EDUC", "EXT_EU27_2020", "DE", "9000"), Row("EDUC", "KP", "EU27_2020", "500"), Row("EDUC", "KP", "DE", "50", duration: "12M_OVER")));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Observations);
        Assert.Equal(4, result.Diagnostics.Count(d => d.Code == SourceMessages.SkippedCode && d.Severity == DiagnosticSeverity.Warning));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("EMP_HSK", StringComparison.Ordinal));
    }

    [Fact]
    public void EMP_and_OCC_are_never_added_up()
    {
        ReadResult result = Reader.Read(File(Row("EMP", "KP", "DE", "30"), Row("OCC", "KP", "DE", "31")));

        Assert.Equal(30m, Assert.Single(result.Observations).Value);
        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.DuplicateCode && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Unknown_reason_and_country_name_the_line()
    {
        ReadResult result = Reader.Read(File(Row("HOLIDAY", "KP", "DE", "1"), Row("EDUC", "QQ", "DE", "1")));

        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.UnknownPurposeCode && d.Location == "line 2" && d.Message.Contains("EDUC", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.UnknownCountryCode && d.Location == "line 3" && d.Message.Contains("'QQ'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-4", SourceMessages.NotACountCode, "a whole number of permits from 0 to 1,000,000,000")]
    [InlineData("lots", SourceMessages.BadCellCode, "written as digits, '.' as the decimal mark")]
    [InlineData("4,000", SourceMessages.BadCellCode, "no thousands separators")]
    [InlineData("99999999999999999999999999999999", SourceMessages.NotACountCode, "from 0 to 1,000,000,000")]
    public void Bad_values_name_the_cell(string value, string code, string expected)
    {
        ReadResult result = Reader.Read(File(Row("EDUC", "KP", "DE", value.Contains(',', StringComparison.Ordinal) ? "\"" + value + "\"" : value)));

        Diagnostic d = Assert.Single(result.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, d.Code);
        Assert.Equal("line 2, column J", d.Location);
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_dimension_is_reported()
    {
        var file = new SourceFile("x.csv", Encoding.UTF8.GetBytes("DATAFLOW,freq,reason,geo,TIME_PERIOD,OBS_VALUE\nX,A,EDUC,DE,2023,1\n"));

        ReadResult result = Reader.Read(file);

        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.MissingColumnCode && d.Message.Contains("'citizen'", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_sdmx_csv_2_with_labels()
    {
        string text = "STRUCTURE,STRUCTURE_ID,ACTION,freq:Time frequency,reason:Reason,citizen:Country of citizenship,duration:Duration,unit:Unit,geo:Geopolitical entity,TIME_PERIOD:Time,OBS_VALUE:Observation value,CONF_STATUS:Confidentiality\n"
            + "dataflow,ESTAT:MIGR_RESFIRST(1.0),I,A:Annual,EDUC:Education reasons,KP:North Korea,TOTAL:Total,PER:Person,DE:Germany,2023,15,\n"
            + "dataflow,ESTAT:MIGR_RESFIRST(1.0),I,A:Annual,FAM:Family reasons,KP:North Korea,TOTAL:Total,PER:Person,DE:Germany,2023,,C\n";

        ReadResult result = Reader.Read(new SourceFile("v2.csv", Encoding.UTF8.GetBytes(text)));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(15m, Assert.Single(result.Observations).Value);
    }

    [Fact]
    public void Empty_and_binary_files_are_reported()
    {
        Assert.Equal(SourceMessages.EmptyCode, Assert.Single(Reader.Read(new SourceFile("e.csv", [])).Diagnostics).Code);
        Assert.Equal(SourceMessages.EncodingCode, Assert.Single(Reader.Read(new SourceFile("b.csv", [0xFF, 0xFE, 0x00, 0x81])).Diagnostics).Code);
    }

    [Fact]
    public void The_synthetic_sample_reads_cleanly()
    {
        ReadResult result = Reader.Read(new SourceFile("sample.csv", Encoding.UTF8.GetBytes(EurostatSamples.SdmxCsv())));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Observations, o => o.Key.Reporter.Code == "GR");
    }
}
