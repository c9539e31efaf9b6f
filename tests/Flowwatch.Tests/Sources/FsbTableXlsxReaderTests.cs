using Flowwatch.Model;
using Flowwatch.Samples;
using Flowwatch.Sources;
using Flowwatch.Sources.Fsb;

namespace Flowwatch.Tests.Sources;

public sealed class FsbTableXlsxReaderTests
{
    private static readonly FsbTableXlsxReader Reader = new();

    [Fact]
    public void Reads_two_merged_header_rows_with_footnote_marks()
    {
        ReadResult result = Reader.Read(FsbFixtures.Xlsx(FsbFixtures.Table()));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(332m, FsbFixtures.Value(result, "KP", Purpose.Study));
        Assert.Equal(806m, FsbFixtures.Value(result, "KP", Purpose.Business));
        Assert.Equal(1696m, FsbFixtures.Value(result, "KP", Purpose.Total));
        Assert.Null(FsbFixtures.Value(result, "KP", Purpose.Work));
        Assert.All(result.Observations, o =>
        {
            Assert.Equal("ru-fsb-entries-by-purpose", o.Key.Dataset.Id);
            Assert.Equal("RU", o.Key.Reporter.Code);
            Assert.Equal(Period.OfQuarter(2024, 2), o.Period);
            Assert.Equal("FSB Border Service (via Rosstat EMISS)", o.Provenance.Document.Publisher);
            Assert.Equal("fsb-table-xlsx", o.Provenance.Document.Format);
        });
    }

    [Fact]
    public void Provenance_names_the_sheet_and_cell()
    {
        ReadResult result = Reader.Read(FsbFixtures.Xlsx(FsbFixtures.Table()));

        // Rows: 2 title lines, 2 header rows, the total row (5), China (6), DPRK (7); study is column G.
        Observation study = result.Observations.Single(o => o.Key.Partner.Code == "KP" && o.Key.Breakdown.Code == "study");
        Assert.Equal("Sheet1!G7", study.Provenance.Locator.ToString());
    }

    [Fact]
    public void Finds_columns_by_label_not_position()
    {
        FsbTableBuilder table = FsbFixtures.Table();
        table.Columns.Reverse();

        ReadResult result = Reader.Read(FsbFixtures.Xlsx(table));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(332m, FsbFixtures.Value(result, "KP", Purpose.Study));
        Assert.Equal(44m, FsbFixtures.Value(result, "KP", Purpose.Transit));
    }

    [Fact]
    public void Reads_a_single_header_row()
    {
        FsbTableBuilder table = FsbFixtures.Table();
        table.TwoRowHeader = false;

        ReadResult result = Reader.Read(FsbFixtures.Xlsx(table));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(600m, FsbFixtures.Value(result, "CN", Purpose.Tourism));
    }

    [Fact]
    public void Truncated_workbook_is_reported_as_corrupt()
    {
        byte[] whole = WorkbookWriter.Write(FsbFixtures.Table().ToSheet());
        var file = new SourceFile("cut.xlsx", whole[..(whole.Length / 2)]);

        ReadResult result = Reader.Read(file);

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(SourceMessages.CorruptCode, d.Code);
        Assert.Equal("cut.xlsx", d.File);
        Assert.Contains("expected an .xlsx file", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_named_xlsx_is_reported_not_thrown()
    {
        var random = new Random(7);
        byte[] bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[0] = (byte)'P';
        bytes[1] = (byte)'K';
        bytes[2] = 3;
        bytes[3] = 4;

        ReadResult result = Reader.Read(new SourceFile("garbage.xlsx", bytes));

        Assert.True(result.HasErrors);
        Assert.Equal(SourceMessages.CorruptCode, result.Diagnostics[0].Code);
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        ReadResult result = Reader.Read(new SourceFile("empty.xlsx", []));

        Assert.Equal(SourceMessages.EmptyCode, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Unknown_country_names_the_cell()
    {
        FsbTableBuilder table = FsbFixtures.Table();
        table.AddRow("Атлантида", FsbFixtures.China);

        ReadResult result = Reader.Read(FsbFixtures.Xlsx(table));

        Diagnostic d = Assert.Single(result.Diagnostics, x => x.Code == SourceMessages.UnknownCountryCode);
        Assert.Equal("Sheet1!A8", d.Location);
        Assert.Contains("Атлантида", d.Message, StringComparison.Ordinal);
        Assert.Contains("КНДР", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_purpose_names_the_cell_and_lists_the_labels()
    {
        FsbTableBuilder table = FsbFixtures.Table();
        table.Columns[3] = (Purpose.Private, "Медицина");

        ReadResult result = Reader.Read(FsbFixtures.Xlsx(table));

        Diagnostic d = Assert.Single(result.Diagnostics, x => x.Code == SourceMessages.UnknownPurposeCode);
        Assert.Equal("Sheet1!F4", d.Location);
        Assert.Contains("'Медицина'", d.Message, StringComparison.Ordinal);
        Assert.Contains("Учеба", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_without_purpose_columns_is_an_error()
    {
        var sheet = new SheetSpec();
        sheet.AddRow("Въезд иностранных граждан во II квартале 2024 г.");
        sheet.AddRow("Страна", "Январь", "Февраль");
        sheet.AddRow("Китай", "1", "2");

        ReadResult result = Reader.Read(new SourceFile("nopurposes.xlsx", WorkbookWriter.Write(sheet)));

        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.MissingColumnCode && d.Message.Contains("no purpose columns", StringComparison.Ordinal));
        Assert.Empty(result.Observations);
    }

    [Fact]
    public void A_sheet_without_a_header_says_what_was_expected()
    {
        var sheet = new SheetSpec();
        sheet.AddRow("just", "some", "cells");

        ReadResult result = Reader.Read(new SourceFile("other.xlsx", WorkbookWriter.Write(sheet)));

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(SourceMessages.MissingColumnCode, d.Code);
        Assert.Contains("Страна", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_xls_is_refused_with_advice()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        ReadResult result = Reader.Read(new SourceFile("old.xls", ole));

        Assert.Contains("save it as .xlsx", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_numbering_row_under_the_header_is_skipped()
    {
        SheetSpec sheet = FsbFixtures.Table().ToSheet();
        sheet.Rows.Insert(4, ["А", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);

        ReadResult result = Reader.Read(new SourceFile("numbered.xlsx", WorkbookWriter.Write(sheet)));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(332m, FsbFixtures.Value(result, "KP", Purpose.Study));
    }
}
