using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Xunit.Abstractions;

namespace Flowwatch.Tests.Hostile;

/// <summary>
/// Reading any hostile file allocates less than the stated ceiling (docs/reliability.md): the bytes a
/// reader allocates bound from above the memory it can hold at once, so this is a proof, not a sample.
/// </summary>
public sealed class MemoryCeilingTests
{
    private const long Ceiling = 256L * 1024 * 1024;
    private readonly ITestOutputHelper _output;

    public MemoryCeilingTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Files => new(Directory.EnumerateFiles(HostileFiles.Folder, "*", SearchOption.AllDirectories)
        .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal) && !f.EndsWith("sources.csv", StringComparison.Ordinal))
        .Select(f => Path.GetRelativePath(HostileFiles.Folder, f))
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void A_shipped_reproducer_is_read_within_the_ceiling(string name)
    {
        AssertWithinCeiling(new SourceFile(Path.GetFileName(name), File.ReadAllBytes(HostileFiles.PathOf(name))));
    }

    [Fact]
    public void A_workbook_of_two_million_rows_is_read_within_the_ceiling()
    {
        AssertWithinCeiling(new SourceFile("rows.xlsx", HostileFiles.ManyRows(2_000_000)));
    }

    [Fact]
    public void A_workbook_just_over_the_row_bound_is_read_within_the_ceiling()
    {
        AssertWithinCeiling(new SourceFile("rows.xlsx", HostileFiles.ManyRows(100_001)));
    }

    [Fact]
    public void A_sixteen_million_character_line_is_read_within_the_ceiling()
    {
        AssertWithinCeiling(new SourceFile("long.csv", HostileFiles.LongLine(16_777_217)));
    }

    private void AssertWithinCeiling(SourceFile file)
    {
        Assert.True(file.Bytes.Length < 64 * 1024 * 1024);
        long before = GC.GetAllocatedBytesForCurrentThread();
        ReadResult result = SourceFormats.Read(file, CitationCatalog.Empty);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        _output.WriteLine($"{file.Name}: {file.Bytes.Length:N0} bytes, {allocated:N0} bytes allocated while reading");
        Assert.True(result.HasErrors, $"{file.Name} was accepted");
        Assert.True(allocated < Ceiling, $"{file.Name} ({file.Bytes.Length:N0} bytes): reading allocated {allocated:N0} bytes, more than the ceiling of {Ceiling:N0}");
    }
}
