using System.IO.Compression;
using System.Text;
using Flowwatch.Sources;
using Flowwatch.Sources.Fsb;

namespace Flowwatch.Tests.Sources;

/// <summary>The streaming workbook reader names the cell of every damaged reference and holds to its bounds.</summary>
public sealed class XlsxWorkbookTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "fsb-entries-2024-Q2-synthetic.xlsx"));

    [Theory]
    [InlineData("<x:c r=\"A4\" t=\"s\">", "<x:c r=\"A0\" t=\"s\">", "Sheet1!A4", "referenced as 'A0'")]
    [InlineData("<x:c r=\"B4\" t=\"s\">", "<x:c r=\"B7\" t=\"s\">", "Sheet1!B4", "referenced as 'B7'")]
    [InlineData("<x:c r=\"C4\" t=\"s\">", "<x:c r=\"ZZZZ4\" t=\"s\">", "Sheet1!C4", "referenced as 'ZZZZ4'")]
    [InlineData("<x:c r=\"C4\" t=\"s\"><x:v>5</x:v>", "<x:c r=\"C4\" t=\"s\"><x:v>-3</x:v>", "Sheet1!C4", "shared string '-3', which does not exist")]
    public void A_reference_that_points_nowhere_is_an_error_naming_the_cell(string from, string to, string cell, string message)
    {
        ReadResult result = new FsbTableXlsxReader().Read(new SourceFile("fsb-2024-Q2.xlsx", WithSheet(s => s.Replace(from, to, StringComparison.Ordinal))));

        Diagnostic d = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((SourceMessages.CorruptCode, cell), (d.Code, d.Location));
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
        Assert.Empty(result.Observations);
    }

    [Fact]
    public void A_document_type_declaration_is_refused()
    {
        ReadResult result = new FsbTableXlsxReader().Read(new SourceFile("fsb-2024-Q2.xlsx",
            WithSheet(s => s.Replace("<x:worksheet", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]><x:worksheet", StringComparison.Ordinal))));

        Assert.Equal(SourceMessages.CorruptCode, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void The_sample_reads_the_same_through_the_streaming_reader()
    {
        ReadResult result = new FsbTableXlsxReader().Read(new SourceFile("fsb-entries-2024-Q2-synthetic.xlsx", Sample));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(47, result.Observations.Count);
    }

    private static byte[] WithSheet(Func<string, string> change)
    {
        using var input = new ZipArchive(new MemoryStream(Sample), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (ZipArchiveEntry entry in input.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                string text = reader.ReadToEnd();
                using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(entry.FullName.EndsWith("sheet1.xml", StringComparison.Ordinal) ? change(text) : text);
            }
        }

        return output.ToArray();
    }
}
