using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.TidyCsv;

namespace Flowwatch.Tests.Sources;

/// <summary>The committed files in samples/ read without errors, and the two cumulative FSB samples give back the published third quarter.</summary>
public sealed class SamplesTests
{
    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static TheoryData<string> Samples => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_is_recognised_and_reads_without_errors(string name)
    {
        ReadResult result = SourceFormats.Read(SourceFile.Load(SamplePath(name)), CitationCatalog.Empty);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotEmpty(result.Observations);
    }

    [Fact]
    public void Differencing_the_cumulative_samples_gives_the_published_third_quarter()
    {
        ReadResult h1 = SourceFormats.Read(SourceFile.Load(SamplePath("fsb-entries-2024-H1-synthetic.csv")), CitationCatalog.Empty);
        ReadResult ytd = SourceFormats.Read(SourceFile.Load(SamplePath("fsb-entries-2024-YTD09-synthetic-cp1251.csv")), CitationCatalog.Empty);

        IReadOnlyList<Observation> q3 = CumulativeDifferencing.Derive(ytd.Observations, h1.Observations, out IReadOnlyList<Diagnostic> diagnostics);

        Assert.Empty(diagnostics);
        Observation study = q3.Single(o => o.Key.Partner.Code == "KP" && o.Key.Breakdown.Code == "study");
        Assert.Equal(Period.OfQuarter(2024, 3), study.Period);
        Assert.Equal(3765m, study.Value);
        Assert.Equal(5263m, q3.Single(o => o.Key.Partner.Code == "KP" && o.Key.Breakdown == Breakdown.Total).Value);
    }

    [Fact]
    public void The_quarterly_sample_carries_the_bundled_dprk_figures()
    {
        ReadResult q2 = SourceFormats.Read(SourceFile.Load(SamplePath("fsb-entries-2024-Q2-synthetic.xlsx")), CitationCatalog.Empty);

        Assert.Equal(332m, q2.Observations.Single(o => o.Key.Partner.Code == "KP" && o.Key.Breakdown.Code == "study" && o.Period == Period.OfQuarter(2024, 2)).Value);
    }

    [Fact]
    public void The_committed_text_samples_are_what_the_generator_writes()
    {
        Assert.Equal(Flowwatch.Samples.FsbSamples.HalfYear2024Csv(), File.ReadAllBytes(SamplePath("fsb-entries-2024-H1-synthetic.csv")));
        Assert.Equal(Flowwatch.Samples.FsbSamples.NineMonths2024Csv(), File.ReadAllBytes(SamplePath("fsb-entries-2024-YTD09-synthetic-cp1251.csv")));
        Assert.Equal(Flowwatch.Samples.EurostatSamples.Tsv(), File.ReadAllText(SamplePath("eurostat-migr_resfirst-synthetic.tsv")));
        Assert.Equal(Flowwatch.Samples.EurostatSamples.SdmxCsv(), File.ReadAllText(SamplePath("eurostat-migr_resfirst-synthetic.sdmx.csv")));
    }
}
