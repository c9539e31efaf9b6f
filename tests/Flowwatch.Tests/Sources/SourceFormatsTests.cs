using System.Text;
using Flowwatch.Samples;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;

namespace Flowwatch.Tests.Sources;

public sealed class SourceFormatsTests
{
    private static string? FormatOf(string name, byte[] bytes) => SourceFormats.ReaderFor(new SourceFile(name, bytes), CitationCatalog.Empty)?.Format;

    [Fact]
    public void Picks_each_reader_by_name_and_first_bytes()
    {
        Assert.Equal("tidy-csv", FormatOf("obs.csv", Encoding.UTF8.GetBytes("dataset,reporter,partner,breakdown,period,value\n")));
        Assert.Equal("eurostat-sdmx-csv", FormatOf("r.csv", Encoding.UTF8.GetBytes(EurostatSamples.SdmxCsv())));
        Assert.Equal("eurostat-tsv", FormatOf("r.tsv", Encoding.UTF8.GetBytes(EurostatSamples.Tsv())));
        Assert.Equal("fsb-table-xlsx", FormatOf("t.xlsx", WorkbookWriter.Write(FsbFixtures.Table().ToSheet())));
        Assert.Equal("fsb-table-csv", FormatOf("t.csv", CsvWriter.ToBytes(FsbFixtures.Table().ToSheet())));
        Assert.Equal("fsb-table-csv", FormatOf("t.csv", CsvWriter.ToBytes(FsbFixtures.Table().ToSheet(), windows1251: true)));
    }

    [Fact]
    public void A_truncated_workbook_still_goes_to_the_workbook_reader()
    {
        byte[] whole = WorkbookWriter.Write(FsbFixtures.Table().ToSheet());

        Assert.Equal("fsb-table-xlsx", FormatOf("t.xlsx", whole[..100]));
    }

    [Fact]
    public void Unknown_files_get_the_unknown_format_error()
    {
        var random = new Random(3);
        byte[] garbage = new byte[1000];
        random.NextBytes(garbage);

        ReadResult result = SourceFormats.Read(new SourceFile("blob.bin", garbage), CitationCatalog.Empty);

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(SourceMessages.UnknownFormatCode, d.Code);
        Assert.Equal("blob.bin", d.File);
        Assert.Contains("docs/formats.md", d.Message, StringComparison.Ordinal);
        Assert.Null(FormatOf("notes.csv", Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n")));
    }

    [Fact]
    public void An_empty_file_is_called_empty()
    {
        Assert.Equal(SourceMessages.EmptyCode, Assert.Single(SourceFormats.Read(new SourceFile("x.csv", []), CitationCatalog.Empty).Diagnostics).Code);
    }
}
