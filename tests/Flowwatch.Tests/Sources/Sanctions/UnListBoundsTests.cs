using Flowwatch.Sources;
using Flowwatch.Sources.Sanctions;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Sources.Sanctions;

/// <summary>The UN list reader's bounds and structural checks (issue 27: R11, R12, R16).</summary>
public sealed class UnListBoundsTests
{
    private const string FirstName = "<FIRST_NAME>MUHAMMAD</FIRST_NAME>";

    [Fact]
    public void A_record_nested_thousands_deep_is_refused_with_one_error()
    {
        string xml = ReplaceFirst(UnList.Xml, FirstName, FirstName + string.Concat(Enumerable.Repeat("<X>", 20_000)) + string.Concat(Enumerable.Repeat("</X>", 20_000)));
        Diagnostic error = Refused(xml);
        Assert.Contains($"more than {UnListReader.MaxRecordDepth} deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_longer_than_the_bound_is_refused_before_it_is_held()
    {
        string xml = ReplaceFirst(UnList.Xml, FirstName, "<FIRST_NAME>" + new string('A', UnListReader.MaxFieldCharacters + 10) + "</FIRST_NAME>");
        Diagnostic error = Refused(xml);
        Assert.Contains("<FIRST_NAME>", error.Message, StringComparison.Ordinal);
        Assert.Contains("characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<REFERENCE_NUMBER>TAi.005</REFERENCE_NUMBER>", "<REFERENCE_NUMBER>TAi.005</REFERENCE_NUMBER><REFERENCE_NUMBER>ZZi.999</REFERENCE_NUMBER>", "REFERENCE_NUMBER")]
    [InlineData(FirstName, FirstName + "<FIRST_NAME>EVIL</FIRST_NAME>", "FIRST_NAME")]
    [InlineData(FirstName, FirstName + "<INDIVIDUAL><REFERENCE_NUMBER>QQi.1</REFERENCE_NUMBER><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL>", "<INDIVIDUAL>")]
    public void A_record_with_a_field_twice_or_a_record_inside_is_refused(string find, string replace, string named)
    {
        Diagnostic error = Refused(ReplaceFirst(UnList.Xml, find, replace));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_written_twice_is_kept_whole()
    {
        string xml = ReplaceFirst(UnList.Xml, "<REFERENCE_NUMBER>KPi.002</REFERENCE_NUMBER>", "<REFERENCE_NUMBER>KPi.002</REFERENCE_NUMBER><COMMENTS1>amended by test</COMMENTS1>");
        SanctionsReadResult read = UnListReader.Read(UnList.File(xml));
        Assert.False(read.HasErrors);
        string reason = read.List!.Find("KPi.002")!.Reason;
        Assert.StartsWith("amended by test ", reason, StringComparison.Ordinal);
        Assert.Contains("Atomic Energy", reason, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }

    private static Diagnostic Refused(string xml)
    {
        SanctionsReadResult read = UnListReader.Read(UnList.File(xml));
        Assert.Null(read.List);
        Diagnostic error = Assert.Single(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(SanctionsMessages.StructureCode, error.Code);
        return error;
    }
}
