using Flowwatch.Model;
using Flowwatch.Samples;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;

namespace Flowwatch.Tests.Sources;

/// <summary>
/// The MVD and Rosstat readers on workbooks written by code in the real files' layouts, with one thing wrong each:
/// every problem is an error naming its cell, and nothing is kept from a file with an error.
/// </summary>
public sealed class WorkbookReadersRobustnessTests
{
    private static SheetSpec Mvd(params string[][] rows)
    {
        var sheet = new SheetSpec { SheetName = "САЙТ (2-РД страны)" };
        sheet.AddRow("ОТДЕЛЬНЫЕ ПОКАЗАТЕЛИ МИГРАЦИОННОЙ СИТУАЦИИ В РОССИЙСКОЙ ФЕДЕРАЦИИ");
        sheet.AddRow("за январь - декабрь 2016 года");
        sheet.AddRow("с распределением по странам мира");
        sheet.AddRow("", "Оформлено приглашений", "Оформлено виз", "МИГРАЦИОННЫЙ УЧЕТ");
        sheet.AddRow("", "", "", "Поставлено на миграционный учет", "в том числе:");
        sheet.AddRow("", "", "", "", "первично", "из них по целям въезда:");
        sheet.AddRow("", "", "", "", "", "учёба", "работа");
        sheet.AddRow("код графы", "1", "2", "3", "4", "5", "6");
        sheet.Merges.AddRange(["B4:B7", "C4:C7", "D4:G4", "D5:D7", "E5:G5", "E6:E7", "F6:G6"]);
        foreach (string[] row in rows)
        {
            sheet.AddRow(row);
        }

        return sheet;
    }

    private static ReadResult Read(SheetSpec sheet, string name = "mvd.xlsx") =>
        SourceFormats.Read(new SourceFile(name, WorkbookWriter.Write(sheet)), CitationCatalog.Empty);

    [Fact]
    public void A_well_formed_release_maps_each_column_by_its_labels_across_merged_rows()
    {
        ReadResult result = Read(Mvd(["ВСЕГО по странам", "12", "8", "105", "60", "10", "50"], ["КНДР (Северная Корея)", "10", "7", "100", "57", "9", "48"], ["Китай", "2", "1", "5", "3", "1", "2"]));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal("mvd-migration-xls", result.Document.Format);
        Observation work = Assert.Single(result.Observations, o => o.Key.Partner.Code == "KP" && o.Key.Breakdown.Code == "work");
        Assert.Equal(48m, work.Value);
        Assert.Equal("ru-mvd-primary-registrations-by-purpose", work.Key.Dataset.Id);
        Assert.Equal("САЙТ (2-РД страны)!G10", work.Provenance.Locator.ToString());
        Assert.Equal(Period.OfYear(2016), work.Period);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == SourceMessages.InconsistentCode);
    }

    [Fact]
    public void An_unknown_country_label_is_an_error_naming_its_cell()
    {
        ReadResult result = Read(Mvd(["Нарния", "1", "1", "1", "1", "1", "1"]));

        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(SourceMessages.UnknownCountryCode, error.Code);
        Assert.Equal("САЙТ (2-РД страны)!A9", error.Location);
        Assert.Contains("'Нарния'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_that_is_not_a_whole_count_is_an_error_naming_its_cell()
    {
        ReadResult result = Read(Mvd(["Китай", "2", "1", "5", "3", "1,5", "2"]));

        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("САЙТ (2-РД страны)!F9", error.Location);
    }

    [Fact]
    public void A_country_twice_with_different_figures_is_an_error_and_with_the_same_a_warning()
    {
        ReadResult different = Read(Mvd(["Китай", "2", "1", "5", "3", "1", "2"], ["КНР", "3", "1", "5", "3", "1", "2"]));
        ReadResult same = Read(Mvd(["Китай", "2", "1", "5", "3", "1", "2"], ["Китай", "2", "1", "5", "3", "1", "2"]));

        Assert.Contains(different.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code == SourceMessages.DuplicateCode && d.Location == "САЙТ (2-РД страны)!A10");
        Assert.False(same.HasErrors);
        Assert.Contains(same.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Code == SourceMessages.DuplicateCode);
    }

    [Fact]
    public void Rows_that_do_not_add_up_to_the_total_row_are_a_warning_naming_the_total_cell()
    {
        ReadResult result = Read(Mvd(["ВСЕГО по странам", "99", "1", "5", "3", "1", "2"], ["Китай", "2", "1", "5", "3", "1", "2"]));

        Diagnostic warning = Assert.Single(result.Diagnostics, d => d.Code == SourceMessages.InconsistentCode);
        Assert.Equal("САЙТ (2-РД страны)!B9", warning.Location);
    }

    [Fact]
    public void A_header_label_outside_the_column_map_is_an_error_naming_the_header_cell()
    {
        SheetSpec sheet = Mvd(["Китай", "2", "1", "5", "3", "1", "2"]);
        sheet.Rows[6][6] = "контрабанда";

        ReadResult result = Read(sheet);

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code == SourceMessages.MissingColumnCode && d.Location == "САЙТ (2-РД страны)!G7");
    }

    [Fact]
    public void Bytes_that_only_look_like_a_workbook_are_refused_with_one_line()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, .. new byte[200]];

        ReadResult result = SourceFormats.Read(new SourceFile("broken.xlsx", bytes), CitationCatalog.Empty);

        Assert.True(result.HasErrors);
        Assert.Empty(result.Observations);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain('\n', d.Message));
    }

    [Fact]
    public void A_rosstat_sheet_keeps_thousands_and_derives_its_quarters()
    {
        var sheet = new SheetSpec { SheetName = "1.2016" };
        sheet.AddRow("К содержанию");
        sheet.AddRow("Число въездных туристских поездок иностранных граждан в Россию");
        sheet.AddRow("", "", "", "", "тысяч");
        sheet.AddRow("", "Январь-март 2016", "Январь-июнь 2016", "Январь-сентябрь 2016", "Январь-декабрь 2016");
        sheet.AddRow("Всего", "13", "26", "40", "52");
        sheet.AddRow("из них из стран:");
        sheet.AddRow("Армения", "12,3", "24,5", "36,6", "48,8");
        sheet.AddRow("Другие страны", "1", "2", "3", "4");

        ReadResult result = Read(sheet, "trips.xlsx");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(12.3m, result.Observations.Single(o => o.Period == Period.Parse("2016-Q1")).Value);
        Observation q2 = result.Observations.Single(o => o.Period == Period.Parse("2016-Q2"));
        Assert.Equal(12.2m, q2.Value);
        Assert.Equal(ObservationFlag.Derived, q2.Flag);
        Assert.Equal(12.2m, result.Observations.Single(o => o.Period == Period.Parse("2016-Q4")).Value);
    }

    [Theory]
    [InlineData("млн.")]
    [InlineData("")]
    public void A_rosstat_sheet_not_stated_in_thousands_is_skipped_with_a_warning(string unit)
    {
        var sheet = new SheetSpec { SheetName = "1.2016" };
        sheet.AddRow("Число въездных туристских поездок иностранных граждан в Россию");
        sheet.AddRow("", "", unit);
        sheet.AddRow("", "Январь-март 2016", "Январь-июнь 2016");
        sheet.AddRow("Армения", "12.3", "24.5");

        ReadResult result = Read(sheet, "trips.xlsx");

        Assert.Empty(result.Observations);
        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.SkippedCode && d.Location == "1.2016");
    }

    [Fact]
    public void A_rosstat_header_cell_that_is_not_a_period_is_an_error_naming_it()
    {
        var sheet = new SheetSpec { SheetName = "2.2015" };
        sheet.AddRow("Число выездных туристских поездок граждан России в зарубежные страны");
        sheet.AddRow("", "", "тысяч");
        sheet.AddRow("", "Январь-март 2015", "Весна 2015");
        sheet.AddRow("Турция", "147", "1366");

        ReadResult result = Read(sheet, "trips.xlsx");

        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location == "2.2015!C3");
    }
}
