using System.Text;
using Flowwatch.Model;
using Flowwatch.Samples;
using Flowwatch.Sources;
using Flowwatch.Sources.Eurostat;

namespace Flowwatch.Tests.Sources;

public sealed class EurostatTsvReaderTests
{
    private const string Header = "freq,reason,citizen,duration,unit,geo\\TIME_PERIOD\t2022 \t2023 ";
    private static readonly EurostatTsvReader Reader = new();

    private static SourceFile File(params string[] rows) =>
        new("migr_resfirst.tsv", Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n"));

    [Fact]
    public void Reads_values_flags_and_missing_cells()
    {
        ReadResult result = Reader.Read(File("A,EDUC,KP,TOTAL,PER,DE\t120 \t130 p", "A,FAM,KP,TOTAL,PER,DE\t: \t: c", "A,EMP,KP,TOTAL,PER,EL\t5 e\t6"));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(4, result.Observations.Count);
        Observation study2023 = result.Observations.Single(o => o.Key.Breakdown.Code == "study" && o.Period.Year == 2023);
        Assert.Equal(130m, study2023.Value);
        Assert.Contains("provisional", study2023.Note, StringComparison.Ordinal);
        Assert.Equal("line 2, column C", study2023.Provenance.Locator.ToString());
        Observation work2022 = result.Observations.Single(o => o.Key.Breakdown.Code == "work" && o.Period.Year == 2022);
        Assert.Equal(ObservationFlag.Approximate, work2022.Flag);
        Assert.Equal("GR", work2022.Key.Reporter.Code);
    }

    [Fact]
    public void Reads_quarterly_period_headers()
    {
        var file = new SourceFile("q.tsv", Encoding.UTF8.GetBytes("freq,reason,citizen,duration,unit,geo\\TIME_PERIOD\t2023Q1 \t2023Q2 \nQ,EDUC,KP,TOTAL,PER,DE\t1 \t2 \n"));

        ReadResult result = Reader.Read(file);

        Assert.Equal(["2023-Q1", "2023-Q2"], result.Observations.Select(o => o.Period.ToString()));
    }

    [Fact]
    public void A_row_with_too_few_codes_names_the_line()
    {
        ReadResult result = Reader.Read(File("A,EDUC,KP,DE\t1 \t2 "));

        Diagnostic d = Assert.Single(result.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(SourceMessages.RowShapeCode, d.Code);
        Assert.Equal("line 2", d.Location);
    }

    [Fact]
    public void Text_and_negative_values_name_the_cell()
    {
        ReadResult result = Reader.Read(File("A,EDUC,KP,TOTAL,PER,DE\tabc \t-3 "));

        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.BadCellCode && d.Location == "line 2, column B");
        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.NotACountCode && d.Location == "line 2, column C" && d.Message.Contains("a whole number of permits from 0 to 1,000,000,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_reason_is_an_error()
    {
        ReadResult result = Reader.Read(File("A,PILGRIMAGE,KP,TOTAL,PER,DE\t1 \t2 "));

        Assert.Equal(SourceMessages.UnknownPurposeCode, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Header_without_the_time_marker_is_reported()
    {
        var file = new SourceFile("x.tsv", Encoding.UTF8.GetBytes("freq,reason,citizen\t2023\nA,EDUC,KP\t1\n"));

        Assert.Equal(SourceMessages.MissingColumnCode, Assert.Single(Reader.Read(file).Diagnostics).Code);
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        Assert.Equal(SourceMessages.EmptyCode, Assert.Single(Reader.Read(new SourceFile("e.tsv", [])).Diagnostics).Code);
    }

    [Fact]
    public void The_sample_layouts_give_the_same_figures()
    {
        ReadResult tsv = Reader.Read(new SourceFile("s.tsv", Encoding.UTF8.GetBytes(EurostatSamples.Tsv())));
        ReadResult sdmx = new EurostatSdmxCsvReader().Read(new SourceFile("s.csv", Encoding.UTF8.GetBytes(EurostatSamples.SdmxCsv())));

        Assert.False(tsv.HasErrors, string.Join("\n", tsv.Diagnostics));
        static string Describe(Observation o) => $"{o.Key} {o.Period} {o.Value} {o.Flag} {o.Note}";
        Assert.Equal(sdmx.Observations.Select(Describe).Order(StringComparer.Ordinal), tsv.Observations.Select(Describe).Order(StringComparer.Ordinal));
    }
}
