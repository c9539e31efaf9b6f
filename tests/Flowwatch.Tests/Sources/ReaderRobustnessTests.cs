using System.Text;
using Flowwatch.Sources.TidyCsv;
using FsCheck.Xunit;
using Flowwatch.Samples;
using Flowwatch.Sources;

namespace Flowwatch.Tests.Sources;

/// <summary>No reader throws or hangs on damaged input: cut, flipped and random bytes give diagnostics naming the file.</summary>
public sealed class ReaderRobustnessTests
{
    private static readonly IObservationReader[] Readers = [.. SourceFormats.Readers(CitationCatalog.Empty)];

    private static readonly (string Name, byte[] Bytes)[] Originals =
    [
        ("t.xlsx", WorkbookWriter.Write(FsbFixtures.Table().ToSheet())),
        ("t.csv", CsvWriter.ToBytes(FsbFixtures.Table().ToSheet())),
        ("w.csv", CsvWriter.ToBytes(FsbFixtures.Table().ToSheet(), windows1251: true)),
        ("e.csv", Encoding.UTF8.GetBytes(EurostatSamples.SdmxCsv())),
        ("e.tsv", Encoding.UTF8.GetBytes(EurostatSamples.Tsv())),
    ];

    [Fact]
    public void Damaged_files_give_diagnostics_not_exceptions()
    {
        var random = new Random(20241108);
        for (int round = 0; round < 60; round++)
        {
            foreach ((string name, byte[] original) in Originals)
            {
                byte[] bytes = original[..random.Next(original.Length + 1)];
                for (int flips = random.Next(4); flips > 0 && bytes.Length > 0; flips--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                AssertReadsQuietly(new SourceFile(name, bytes));
            }
        }
    }

    [Fact]
    public void A_header_naming_a_column_twice_is_an_error_not_an_exception()
    {
        var file = new SourceFile("dup.csv", Encoding.UTF8.GetBytes("dataset,reporter,partner,breakdown,period,value,value\nx,RU,KP,total,2024,1,1\n"));

        ReadResult result = new TidyCsvReader().Read(file);

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(SourceMessages.MissingColumnCode, d.Code);
        Assert.Equal("line 1", d.Location);
        Assert.Contains("distinct column names", d.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public void Arbitrary_bytes_give_diagnostics_not_exceptions(byte[] bytes, bool xlsxName)
    {
        AssertReadsQuietly(new SourceFile(xlsxName ? "x.xlsx" : "x.csv", bytes ?? []));
    }

    private static void AssertReadsQuietly(SourceFile file)
    {
        foreach (IObservationReader reader in Readers)
        {
            ReadResult result = reader.Read(file);
            Assert.All(result.Diagnostics, d => Assert.Equal(file.Name, d.File));
            Assert.True(result.HasErrors || result.Observations.Count > 0, $"{reader.Format} on {file.Name}: neither figures nor an error");
        }
    }
}
