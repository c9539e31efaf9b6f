using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;

namespace Flowwatch.Tests.Sources;

/// <summary>Eurostat's files as published or as third parties extract them, from samples/real.</summary>
public sealed class RealFilesEurostatTests
{
    private static ReadResult Read(string name) =>
        SourceFormats.Read(SourceFile.Load(Path.Combine(AppContext.BaseDirectory, "samples", "real", name)), CitationCatalog.Empty);

    [Fact]
    public void The_label_and_code_extract_gives_the_dprk_permits_in_ireland()
    {
        ReadResult result = Read("eurostat_migr_resfirst_IE_KP_excerpt.csv");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var kp = result.Observations.Where(o => o.Key.Partner.Code == "KP" && o.Key.Reporter.Code == "IE" && o.Key.Breakdown == Breakdown.Total)
            .ToDictionary(o => o.Period.Year, o => o.Value);
        Assert.Equal(2m, kp[2016]);
        Assert.Equal(1m, kp[2018]);
        Assert.Equal(4m, kp[2022]);
        Assert.Equal(3m, kp[2025]);
        Assert.Equal(18, kp.Count);
        Assert.Equal("eurostat-label-code-csv", result.Document.Format);
    }

    [Fact]
    public void The_sdmx_csv_with_labels_is_read_back_to_codes_and_its_citizen_totals_are_not_filed_under_a_partner()
    {
        ReadResult result = Read("eurostat_tps00170_first_permits_sdmxcsv1_labels.csv");

        // Every label (Annual, Total, Person, Austria ... United Kingdom, the EU aggregate) resolved: no error.
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Observations);
        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.SkippedCode && d.Message.Contains("aggregate citizenships", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sdmx_csv_2_0_asylum_file_is_read_into_its_own_dataset_by_citizenship()
    {
        ReadResult result = Read("eurostat_migr_asyappctza_total_sdmxcsv2_labels.csv");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(540, result.Observations.Count);
        Observation de2022 = result.Observations.Single(o => o.Key.ToString() == "eurostat-migr-asyappctza/DE/UA/total" && o.Period == Period.OfYear(2022));
        Assert.Equal(1140m, de2022.Value);
        Assert.Equal("line 658, column T", de2022.Provenance.Locator.ToString());
        Assert.Equal(45m, result.Observations.Single(o => o.Key.ToString() == "eurostat-migr-asyappctza/DE/UA/total" && o.Period == Period.OfYear(2008)).Value);
        Assert.True(DatasetCatalog.Bundled.TryGet(de2022.Key.Dataset, out _));
    }

    [Fact]
    public void An_unknown_label_in_a_labelled_export_is_an_error_naming_the_cell()
    {
        string csv = "DATAFLOW,LAST UPDATE,freq,reason,citizen,duration,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
            + "ESTAT:TPS00170(1.0),03/03/25 11:00:00,Annual,Education reasons,Narnia,Total,Person,Austria,2012,5,\n";

        ReadResult result = SourceFormats.Read(new SourceFile("labels.csv", System.Text.Encoding.UTF8.GetBytes(csv)), CitationCatalog.Empty);

        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("line 2, column E", error.Location);
        Assert.Contains("'Narnia'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_of_countries_and_reasons_map_back_to_codes()
    {
        string csv = "DATAFLOW,LAST UPDATE,freq,reason,citizen,duration,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
            + "ESTAT:TPS00170(1.0),03/03/25 11:00:00,Annual,Education reasons,North Korea,Total,Person,Germany,2019,12,p\n";

        ReadResult result = SourceFormats.Read(new SourceFile("labels.csv", System.Text.Encoding.UTF8.GetBytes(csv)), CitationCatalog.Empty);

        Observation o = Assert.Single(result.Observations);
        Assert.Equal("eurostat-migr-resfirst/DE/KP/study", o.Key.ToString());
        Assert.Contains("provisional", o.Note, StringComparison.Ordinal);
    }
}
