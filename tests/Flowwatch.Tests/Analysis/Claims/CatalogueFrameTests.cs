using System.Text;
using Flowwatch.Analysis.Claims;
using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Claims;

/// <summary>
/// Frames come from the catalogue (data/datasets.csv, data/dataset-words.csv) and the country names, not from code: any
/// reporter and partner pair in the store is checkable. The Eurostat figures here are SYNTHETIC, made by this test (not
/// real counts): two reporters of first residence permits to North Koreans, next to the bundled Russian figures.
/// </summary>
public sealed class CatalogueFrameTests
{
    private static readonly Lazy<ClaimVerifier> Verifier = new(() =>
    {
        ReadResult synthetic = new TidyCsvReader().Read(new SourceFile("synthetic-resfirst.csv", Encoding.UTF8.GetBytes(Some.Tidy(
            "eurostat-migr-resfirst,DE,KP,total,2023,40,,,synthetic test figure,",
            "eurostat-migr-resfirst,DE,KP,study,2023,12,,,synthetic test figure,",
            "eurostat-migr-resfirst,FR,KP,total,2023,25,,,synthetic test figure,"))));
        Assert.False(synthetic.HasErrors, string.Join("\n", synthetic.Diagnostics));
        return new ClaimVerifier([.. BundledData.Read().Observations, .. synthetic.Observations]);
    });

    private static CheckedClaim CheckOne(string text, string language)
    {
        ArticleCheck check = ArticleChecker.Check(text, Verifier.Value, new DateOnly(2024, 6, 1), language);
        return Assert.Single(check.Claims);
    }

    [Theory]
    [InlineData("Germany issued 40 first residence permits to North Koreans in 2023.", "en", "DE")]
    [InlineData("France issued 25 first residence permits to North Koreans in 2023.", "en", "FR")]
    [InlineData("Im Jahr 2023 erhielten 40 Nordkoreaner in Deutschland einen ersten Aufenthaltstitel.", "de", "DE")]
    public void A_reporter_and_partner_pair_from_the_store_supports_a_matching_claim(string text, string language, string reporter)
    {
        CheckedClaim c = CheckOne(text, language);
        Assert.Equal(Verdict.Supported, c.Verdict);
        Assert.Equal("eurostat-migr-resfirst", c.Claim.Frame.Dataset?.Id);
        Assert.Equal(reporter, c.Claim.Frame.Reporter?.Code);
        Assert.Equal("KP", c.Claim.Frame.Partner?.Code);
    }

    [Fact]
    public void A_breakdown_of_the_catalogue_is_read_from_the_purpose_words()
    {
        CheckedClaim c = CheckOne("Germany issued 12 first residence permits for study to North Koreans in 2023.", "en");
        Assert.Equal(Verdict.Supported, c.Verdict);
        Assert.Equal("study", c.Claim.Frame.Breakdown?.Code);
    }

    [Fact]
    public void A_wrong_figure_is_not_supported_and_a_contradiction_names_the_actual()
    {
        CheckedClaim c = CheckOne("Germany issued 90 first residence permits to North Koreans in 2023.", "en");
        Assert.NotEqual(Verdict.Supported, c.Verdict);
        if (c.Verdict == Verdict.Contradicted)
        {
            Assert.Equal(40m, c.Actual);
        }
    }

    [Fact]
    public void Without_a_named_reporter_several_reporters_leave_the_claim_not_checkable()
    {
        CheckedClaim c = CheckOne("In 2023, 40 North Koreans received first residence permits.", "en");
        Assert.Equal(Verdict.NotCheckable, c.Verdict);
        Assert.Equal("no-reporter", c.Rule);
    }

    [Fact]
    public void A_reporter_the_figures_do_not_hold_is_not_checkable()
    {
        CheckedClaim c = CheckOne("Italy issued 40 first residence permits to North Koreans in 2023.", "en");
        Assert.Equal(Verdict.NotCheckable, c.Verdict);
    }

    [Fact]
    public void The_catalogue_names_no_dataset_or_country_in_the_grammar_code()
    {
        string dir = Path.Combine(RepoRoot(), "src", "Flowwatch", "Analysis", "Claims");
        foreach (string file in Directory.EnumerateFiles(dir, "*.cs"))
        {
            string code = File.ReadAllText(file);
            foreach (DatasetInfo d in DatasetCatalog.Bundled.All)
            {
                Assert.DoesNotContain("\"" + d.Id.Id + "\"", code, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("Country.Parse(\"", code, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("dataset,language,kind,words\nno-such-dataset,*,Entry,\n", "line 2", "no-such-dataset")]
    [InlineData("dataset,language,kind,words\neurostat-migr-resfirst,*,Reporter,R1\n", "line 2", "country codes")]
    [InlineData("dataset,language,kind,words\neurostat-migr-resfirst,en,Name,permits\neurostat-migr-resfirst,*,Visas,\n", "line 3", "kind")]
    public void A_bad_row_of_the_words_file_names_its_line_and_what_was_expected(string words, string line, string mention)
    {
        string datasets = "dataset,publisher,title,unit,breakdown\neurostat-migr-resfirst,Eurostat,First permits,permits,purpose\n";
        var e = Assert.Throws<InvalidDataException>(() => ClaimCatalogue.Parse(datasets, words));
        Assert.Contains("data/dataset-words.csv " + line, e.Message, StringComparison.Ordinal);
        Assert.Contains(mention, e.Message, StringComparison.Ordinal);
    }

    private static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Flowwatch.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("The repository root (Flowwatch.slnx) was not found.");
    }
}
