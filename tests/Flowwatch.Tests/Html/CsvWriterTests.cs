using Flowwatch.Model;
using Flowwatch.Reports;

namespace Flowwatch.Tests.Html;

/// <summary>The one CSV writer: RFC 4180 quoting, invariant numbers, and text cells kept from running as formulas.</summary>
public sealed class CsvWriterTests
{
    public static TheoryData<string> Texts => new()
    {
        "=HYPERLINK(\"http://evil\",\"click\")", "+1", "-minus", "@SUM(A1)", "\tindented", "\rreturn", "'=already", "''+twice",
        "'plain apostrophe", "plain", "", "'", "''", "a=b", "1,5", "quote \" inside", "line\nbreak", "Ри Дже Сон",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Neutralise_and_restore_are_inverse_and_no_cell_starts_like_a_formula(string text)
    {
        string cell = SpreadsheetText.Neutralise(text);

        Assert.Equal(text, SpreadsheetText.Restore(cell));
        Assert.False(cell.Length > 0 && SpreadsheetText.FormulaStarts.Contains(cell[0], StringComparison.Ordinal), cell);
    }

    [Fact]
    public void Text_cells_are_neutralised_and_quoted_numbers_are_not()
    {
        string csv = new CsvWriter("note", "value").Text("=1+1").Number(-5m).EndRow().Text("a,\"b\"").Number(12.5m).EndRow().Row("+x", "@y").ToString();

        Assert.Equal("note,value\n'=1+1,-5\n\"a,\"\"b\"\"\",12.5\n'+x,'@y\n", csv);
    }

    [Fact]
    public void Numbers_do_not_depend_on_the_culture() => Support.CultureSaver.Run("de-DE", () =>
        Assert.Equal("v\n1234.5\n", new CsvWriter("v").Number(1234.5m).EndRow().ToString()));
}
