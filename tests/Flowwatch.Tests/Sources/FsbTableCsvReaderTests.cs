using System.Text;
using Flowwatch.Model;
using Flowwatch.Samples;
using Flowwatch.Sources;
using Flowwatch.Sources.Fsb;

namespace Flowwatch.Tests.Sources;

public sealed class FsbTableCsvReaderTests
{
    private static readonly FsbTableCsvReader Reader = new();

    private static Dictionary<Purpose, string> Cells(params (Purpose Purpose, string Text)[] cells) => cells.ToDictionary(c => c.Purpose, c => c.Text);

    [Fact]
    public void Reads_a_semicolon_export_with_line_and_column_provenance()
    {
        ReadResult result = Reader.Read(FsbFixtures.Csv(FsbFixtures.Table()));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Observation study = result.Observations.Single(o => o.Key.Partner.Code == "KP" && o.Key.Breakdown.Code == "study");
        Assert.Equal(332m, study.Value);
        Assert.Equal("line 7, column G", study.Provenance.Locator.ToString());
        Assert.Equal("fsb-table-csv", study.Provenance.Document.Format);
    }

    [Theory]
    [InlineData(',')]
    [InlineData('\t')]
    public void Reads_other_separators(char separator)
    {
        ReadResult result = Reader.Read(FsbFixtures.Csv(FsbFixtures.Table(), separator: separator));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(806m, FsbFixtures.Value(result, "KP", Purpose.Business));
    }

    [Fact]
    public void Decodes_windows_1251_and_says_so()
    {
        ReadResult result = Reader.Read(FsbFixtures.Csv(FsbFixtures.Table(), windows1251: true));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(332m, FsbFixtures.Value(result, "KP", Purpose.Study));
        Diagnostic warning = Assert.Single(result.Diagnostics, d => d.Code == SourceMessages.EncodingCode);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("Windows-1251", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin_1_text_read_as_windows_1251_says_so_and_fails_on_the_header()
    {
        // Bytes above 0x7F are all letters in Windows-1251, so Latin-1 decodes, but to nonsense.
        byte[] bytes = Encoding.Latin1.GetBytes("Pays;Total;Études;Tourisme\r\nFrançais;1;2;3\r\n");

        ReadResult result = Reader.Read(new SourceFile("latin1.csv", bytes));

        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.EncodingCode && d.Message.Contains("Windows-1251", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.MissingColumnCode && d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.Observations);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_an_encoding_error()
    {
        byte[] bytes = Encoding.Unicode.GetBytes("Страна;Всего\r\nКНДР;1\r\n");

        ReadResult result = Reader.Read(new SourceFile("utf16.csv", bytes));

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(SourceMessages.EncodingCode, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(CsvWriter.ToText(FsbFixtures.Table().ToSheet(), '\t'))];

        ReadResult result = Reader.Read(new SourceFile("unicode.txt", bytes));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(332m, FsbFixtures.Value(result, "KP", Purpose.Study));
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        ReadResult result = Reader.Read(new SourceFile("empty.csv", []));

        Assert.Equal(SourceMessages.EmptyCode, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Binary_garbage_is_reported_not_thrown()
    {
        var random = new Random(11);
        byte[] bytes = new byte[2048];
        random.NextBytes(bytes);

        ReadResult result = Reader.Read(new SourceFile("garbage.csv", bytes));

        Assert.Equal(SourceMessages.EncodingCode, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Dash_and_blank_cells_are_not_published()
    {
        FsbTableBuilder table = FsbFixtures.Table();
        table.AddRawRow("Германия", Cells((Purpose.Total, "10"), (Purpose.Business, "-"), (Purpose.Tourism, "10"), (Purpose.Study, "")));

        ReadResult result = Reader.Read(FsbFixtures.Csv(table));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Null(FsbFixtures.Value(result, "DE", Purpose.Business));
        Assert.Null(FsbFixtures.Value(result, "DE", Purpose.Study));
        Assert.Equal(10m, FsbFixtures.Value(result, "DE", Purpose.Tourism));
    }

    [Fact]
    public void A_blank_dprk_row_gives_no_figure_and_a_warning()
    {
        var table = new FsbTableBuilder();
        table.TitleLines.Add("Въезд иностранных граждан в Российскую Федерацию во II квартале 2025 г.");
        table.AddRow("Китай", FsbFixtures.China);
        table.AddRawRow("КНДР", []);

        ReadResult result = Reader.Read(FsbFixtures.Csv(table));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Observations, o => o.Key.Partner.Code == "KP");
        Diagnostic d = Assert.Single(result.Diagnostics, x => x.Code == SourceMessages.BlankRowCode);
        Assert.Contains("2025-Q2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_grouped_with_spaces_are_read()
    {
        FsbTableBuilder table = FsbFixtures.Table();
        table.AddRawRow("Германия", Cells((Purpose.Total, "12 345"), (Purpose.Tourism, "12\u00A0345")));

        ReadResult result = Reader.Read(FsbFixtures.Csv(table));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(12345m, FsbFixtures.Value(result, "DE", Purpose.Tourism));
    }

    [Theory]
    [InlineData("-5", SourceMessages.NotACountCode, "which is not a whole number of trips from 0 to 1,000,000,000")]
    [InlineData("много", SourceMessages.BadCellCode, "expected a whole number of trips")]
    [InlineData("12.5", SourceMessages.BadCellCode, "without a decimal part")]
    [InlineData("4,000", SourceMessages.BadCellCode, "without a decimal part")]
    [InlineData("1 2345", SourceMessages.BadCellCode, "thousands grouped by spaces (12 345)")]
    [InlineData("99999999999999999999999999", SourceMessages.NotACountCode, "from 0 to 1,000,000,000")]
    public void Bad_numbers_name_the_cell_and_what_was_expected(string text, string code, string expected)
    {
        FsbTableBuilder table = FsbFixtures.Table();
        table.AddRawRow("Германия", Cells((Purpose.Total, "10"), (Purpose.Study, text)));

        ReadResult result = Reader.Read(FsbFixtures.Csv(table));

        Diagnostic d = Assert.Single(result.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, d.Code);
        Assert.Equal("table.csv", d.File);
        Assert.Equal("line 8, column G", d.Location);
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_country_and_purpose_are_both_reported_at_once()
    {
        FsbTableBuilder table = FsbFixtures.Table();
        table.Columns[0] = (Purpose.Official, "Дипломатическая");
        table.AddRow("Атлантида", FsbFixtures.China);

        ReadResult result = Reader.Read(FsbFixtures.Csv(table));

        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.UnknownPurposeCode && d.Location == "line 4, column C");
        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.UnknownCountryCode && d.Location == "line 8, column A");
    }

    [Fact]
    public void Country_rows_above_the_total_row_are_a_warning()
    {
        var table = FsbFixtures.Table();
        table.TotalRowLabel = null;
        table.Rows.Insert(0, ("Итого", Cells((Purpose.Total, "100"), (Purpose.Business, "50"))));

        ReadResult result = Reader.Read(FsbFixtures.Csv(table));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.InconsistentCode && d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("business", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Observations, o => o.Key.Partner.IsEmpty);
    }

    [Fact]
    public void A_country_listed_twice_is_an_error()
    {
        FsbTableBuilder table = FsbFixtures.Table();
        table.AddRow("Корейская Народно-Демократическая Республика", FsbFixtures.Kp2024Q2);

        ReadResult result = Reader.Read(FsbFixtures.Csv(table));

        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.DuplicateCode && d.Location == "line 8, column A");
    }

    [Theory]
    [InlineData("Въезд иностранных граждан за январь–сентябрь 2024 г.", "2024-YTD09")]
    [InlineData("Въезд иностранных граждан в I полугодии 2024 г.", "2024-H1")]
    public void Period_comes_from_the_title(string title, string period)
    {
        ReadResult result = Reader.Read(FsbFixtures.Csv(FsbFixtures.Table(title)));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.All(result.Observations, o => Assert.Equal(period, o.Period.ToString()));
    }

    [Fact]
    public void Period_comes_from_the_file_name_when_the_title_has_none()
    {
        ReadResult result = Reader.Read(FsbFixtures.Csv(FsbFixtures.Table("Въезд иностранных граждан по целям поездки"), "entries_2023-Q4.csv"));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.All(result.Observations, o => Assert.Equal(Period.OfQuarter(2023, 4), o.Period));
    }

    [Fact]
    public void No_period_anywhere_is_an_error_that_shows_the_title()
    {
        ReadResult result = Reader.Read(FsbFixtures.Csv(FsbFixtures.Table("Въезд иностранных граждан по целям поездки")));

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(SourceMessages.NoPeriodCode, d.Code);
        Assert.Equal("line 1", d.Location);
        Assert.Contains("по целям поездки", d.Message, StringComparison.Ordinal);
        Assert.Contains("январь–сентябрь", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_without_a_country_are_an_error()
    {
        FsbTableBuilder table = FsbFixtures.Table();
        table.AddRawRow("", Cells((Purpose.Total, "10")));

        ReadResult result = Reader.Read(FsbFixtures.Csv(table));

        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.BadCellCode && d.Location == "line 8, column A");
    }

    [Fact]
    public void A_huge_file_of_bad_rows_lists_the_first_problems_and_stops()
    {
        FsbTableBuilder table = FsbFixtures.Table();
        for (int i = 0; i < 5000; i++)
        {
            table.AddRow("Нигдения", FsbFixtures.China);
        }

        ReadResult result = Reader.Read(FsbFixtures.Csv(table));

        Assert.True(result.Diagnostics.Count <= 201);
        Assert.Equal(SourceMessages.TooManyCode, result.Diagnostics[^1].Code);
    }

    [Fact]
    public void Utf8_with_a_stray_byte_is_not_mistaken_for_windows_1251()
    {
        byte[] good = CsvWriter.ToBytes(FsbFixtures.Table().ToSheet());
        byte[] bad = [.. good[..200], 0xFF, .. good[200..]];

        ReadResult result = Reader.Read(new SourceFile("stray.csv", bad));

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(SourceMessages.EncodingCode, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void A_long_utf8_file_is_recognised_whatever_byte_the_sniffing_stops_at()
    {
        FsbTableBuilder table = FsbFixtures.Table();
        for (int i = 0; i < 200; i++)
        {
            table.Footnotes.Add("Примечание: строка пояснений к таблице номер " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (int shift = 0; shift < 3; shift++)
        {
            table.TitleLines[1] += "x";
            Assert.True(Reader.CanRead(FsbFixtures.Csv(table)));
        }
    }
}
