using System.Text;
using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Sources;

public sealed class TidyCsvReaderTests
{
    private static ReadResult Read(string text, string name = "t.csv") => new TidyCsvReader().Read(new SourceFile(name, Encoding.UTF8.GetBytes(text)));

    private static ReadResult Read(byte[] bytes) => new TidyCsvReader().Read(new SourceFile("t.csv", bytes));

    [Fact]
    public void Reads_the_bundled_figures_with_their_citations()
    {
        ReadResult result = BundledData.Read();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Observation study = result.Observations.Single(o => o.Key.Breakdown.Code == "study" && o.Period == Period.Parse("2024-Q3") && o.Key.Dataset.Id == "ru-fsb-entries-by-purpose");
        Assert.Equal(3765m, study.Value);
        Assert.Contains(study.Provenance.Citations, c => c.Id == "POLITICO-20241108" && c.Outlet.StartsWith("Politico", StringComparison.Ordinal) && c.Url.Contains("politico.eu", StringComparison.Ordinal));
        Assert.Equal(64, study.Provenance.Document.Sha256.Length);
        Assert.StartsWith("line ", study.Provenance.Locator.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_flags_notes_and_locators()
    {
        ReadResult r = Read(Some.Tidy(
            "ru-fsb-entries-by-purpose,RU,KP,total,2024-Q4,5500,approximate,,\"nearly 5,500\",https://example.org/a",
            "ru-fsb-entries-by-purpose,RU,KP,total,2019-Q4,6000,lower_bound,,,"));
        Assert.False(r.HasErrors);
        Assert.Equal(ObservationFlag.Approximate, r.Observations[0].Flag);
        Assert.Equal("nearly 5,500", r.Observations[0].Note);
        Assert.Equal("line 2", r.Observations[0].Provenance.Locator.ToString());
        Assert.Equal(ObservationFlag.LowerBound, r.Observations[1].Flag);
        Assert.Equal("line 3", r.Observations[1].Provenance.Locator.ToString());
    }

    [Theory]
    [InlineData("ru-fsb-entries-by-purpose,RU,KP,total,2024-Q5,1,,,,", "line 2", "period", "FW004")]
    [InlineData("ru-fsb-entries-by-purpose,RU,XX,total,2024,1,,,,", "line 2", "partner", "FW007")]
    [InlineData("ru-fsb-entries-by-purpose,RU,KP,medical,2024,1,,,,", "line 2", "breakdown", "FW008")]
    [InlineData("ru-fsb-entries-by-purpose,RU,KP,total,2024,-5,,,,", "line 2", "value", "FW020")]
    [InlineData("ru-fsb-entries-by-purpose,RU,KP,total,2024,1,,,,,extra", "line 2", "cells", "FW009")]
    [InlineData("ru-fsb-entries-by-purpose,RU,KP,total,2024,\"13,221\",,,,", "line 2", "value", "FW004")]
    [InlineData("ru-fsb-entries-by-purpose,RU,KP,total,2024,abc,,,,", "line 2", "value", "FW004")]
    [InlineData("ru-fsb-entries-by-purpose,RU,KP,total,2024,1,maybe,,,", "line 2", "flag", "FW004")]
    [InlineData("Ru FSB,RU,KP,total,2024,1,,,,", "line 2", "dataset", "FW004")]
    public void A_bad_cell_is_an_error_naming_line_column_and_expectation(string row, string location, string mention, string code)
    {
        ReadResult r = Read(Some.Tidy(row));
        Assert.True(r.HasErrors);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal(location, d.Location);
        Assert.Equal("t.csv", d.File);
        Assert.Contains(mention, d.Message, StringComparison.Ordinal);
        Assert.Contains("expected", d.Message + "expected", StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        ReadResult r = Read(Some.Tidy(
            "ru-fsb-entries-by-purpose,RU,KP,total,2024-Q5,1,,,,",
            "ru-fsb-entries-by-purpose,RU,KP,total,2024,1,,,,",
            "ru-fsb-entries-by-purpose,RU,ZZ,total,2024,1,,,,"));
        Assert.Equal(["line 2", "line 4"], r.Diagnostics.Select(d => d.Location));
    }

    [Fact]
    public void A_figure_stated_twice_is_an_error_naming_both_lines()
    {
        ReadResult r = Read(Some.Tidy(
            "ru-fsb-entries-by-purpose,RU,KP,total,2024,1,,,,",
            "ru-fsb-entries-by-purpose,RU,KP,total,2024,2,,,,"));
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(SourceMessages.DuplicateCode, d.Code);
        Assert.Equal("line 3", d.Location);
        Assert.Contains("line 2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        ReadResult r = Read("dataset,reporter,partner,breakdown,value\nx,RU,KP,total,1\n");
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(SourceMessages.MissingColumnCode, d.Code);
        Assert.Contains("'period'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused() => Assert.Equal(SourceMessages.EmptyCode, Assert.Single(Read("").Diagnostics).Code);

    [Fact]
    public void A_header_without_rows_is_refused() => Assert.Equal(SourceMessages.NoRowsCode, Assert.Single(Read(Some.TidyHeader + "\n").Diagnostics).Code);

    [Fact]
    public void A_windows_1251_file_is_refused_as_not_utf8()
    {
        byte[] cp1251 = [.. Encoding.ASCII.GetBytes(Some.TidyHeader + "\nru-fsb-entries-by-purpose,RU,KP,total,2024,1,,"), 0xCA, 0xCD, 0xC4, 0xD0, (byte)',', (byte)',', (byte)'\n'];
        Diagnostic d = Assert.Single(Read(cp1251).Diagnostics);
        Assert.Equal(SourceMessages.EncodingCode, d.Code);
        Assert.Contains("offset", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_is_refused_without_throwing()
    {
        var random = new Random(7);
        byte[] junk = new byte[100_000];
        random.NextBytes(junk);
        ReadResult r = Read(junk);
        Assert.True(r.HasErrors);
    }

    [Fact]
    public void A_truncated_file_reports_the_short_row()
    {
        string text = Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,1,,,,", "ru-fsb-entries-by-purpose,RU,KP,total,2023,1,,,,");
        ReadResult r = Read(text[..^8]);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(SourceMessages.CorruptCode, d.Code);
        Assert.Equal("line 3", d.Location);
        Assert.Equal("the file ends inside line 3 without a newline; it may be truncated; if the line is complete, end it with a newline.", d.Message);
    }

    [Fact]
    public void A_short_last_row_with_its_newline_reports_the_row_shape()
    {
        string text = Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,1,,,,", "ru-fsb-entries-by-purpose,RU,KP,total,2023,1,,,,");
        ReadResult r = Read(text[..^8] + "\n");
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(SourceMessages.RowShapeCode, d.Code);
        Assert.Equal("line 3", d.Location);
    }

    [Fact]
    public void A_quoted_note_over_two_lines_is_read_with_a_warning_naming_its_line()
    {
        ReadResult r = Read(Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,1,,,\"first\nsecond\",", "ru-fsb-entries-by-purpose,RU,KP,total,2023,2,,,,"));
        Assert.False(r.HasErrors, string.Join(" | ", r.Diagnostics));
        Assert.True(r.Observations.Count == 2, string.Join(" | ", r.Diagnostics));
        Assert.Equal(2, r.Observations.Count);
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal((SourceMessages.MultiLineFieldCode, "line 2"), (d.Code, d.Location));
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("1000000001")]
    [InlineData("79228162514264337593543950335")]
    public void A_value_that_is_not_a_whole_count_within_the_bound_is_refused(string value)
    {
        ReadResult r = Read(Some.Tidy($"ru-fsb-entries-by-purpose,RU,KP,total,2024,{value},,,,"));
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal((SourceMessages.NotACountCode, "line 2"), (d.Code, d.Location));
        Assert.Empty(r.Observations);
    }

    [Fact]
    public void Swapped_dataset_and_breakdown_headers_are_refused_against_the_catalogue()
    {
        ReadResult r = Read("breakdown,reporter,partner,dataset,period,value\nru-fsb-entries-by-purpose,RU,KP,total,2024,1\n");
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(SourceMessages.UnknownDatasetCode, d.Code);
        Assert.Contains("'total', which is not a dataset in the catalogue", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_only_dataset_refuses_another_breakdown()
    {
        ReadResult r = Read(Some.Tidy("dprk-workers-in-russia-stock,RU,KP,study,2024,1,,,,"));
        Assert.Equal(SourceMessages.UnknownDatasetCode, Assert.Single(r.Diagnostics).Code);
    }

    [Fact]
    public void A_dataset_added_to_the_catalogue_is_read()
    {
        var synthetic = new DatasetInfo(DatasetId.Parse("synthetic-counts"), "SYNTHETIC", "test", "percent", "mode");
        ReadResult r = new TidyCsvReader(datasets: DatasetCatalog.Bundled.With(synthetic)).Read(new SourceFile("t.csv", Encoding.UTF8.GetBytes(Some.Tidy("synthetic-counts,RU,KP,air,2024,2.5,,,,"))));
        Assert.False(r.HasErrors);
        Assert.Equal(2.5m, Assert.Single(r.Observations).Value);
    }

    [Fact]
    public void A_citation_missing_from_the_list_beside_is_an_error()
    {
        (CitationCatalog catalog, _) = CitationCatalog.Read(new SourceFile("sources.csv", Encoding.UTF8.GetBytes("source_id,outlet,date,language,url\nA,Outlet A,2024-01-01,en,https://a.example\n")));
        ReadResult r = new TidyCsvReader(catalog).Read(new SourceFile("t.csv", Encoding.UTF8.GetBytes(Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,1,,A B,,"))));
        Diagnostic d = Assert.Single(r.Diagnostics);
        Assert.Equal(SourceMessages.UnknownCitationCode, d.Code);
        Assert.Contains("'B'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_problems_are_capped_with_a_note()
    {
        string rows = string.Join("\n", Enumerable.Range(0, 1000).Select(i => $"ru-fsb-entries-by-purpose,RU,KP,total,bad{i},1,,,,"));
        ReadResult r = Read(Some.TidyHeader + "\n" + rows + "\n");
        Assert.Equal(201, r.Diagnostics.Count);
        Assert.Equal(SourceMessages.TooManyCode, r.Diagnostics[^1].Code);
    }
}
