using System.Globalization;
using System.Text;
using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Application;

/// <summary>
/// A tidy CSV is ingested in bounded batches inside one transaction per file, on both engines: an error found late in
/// the file, or a figure stated twice far apart, still refuses it whole with the messages a whole read gives, and a
/// file kept on disk (larger than <see cref="SourceFile.InMemoryBytes"/>; forced here) is stored as one held in memory.
/// </summary>
public sealed class StreamedIngestTests : IDisposable
{
    private const int Rows = 20_000;
    private readonly TempDirectory _dir = new();

    public static TheoryData<string> Engines => StoreEngines.All;

    public void Dispose() => _dir.Dispose();

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_file_on_disk_is_stored_as_the_same_file_in_memory_is(string engine)
    {
        string path = Write("good.csv", Rows, last: null);
        SourceFile onDisk = SourceFile.Load(path, inMemoryBytes: 0);
        Assert.False(onDisk.InMemory);
        SourceFile inMemory = SourceFile.Load(path);
        Assert.Equal(inMemory.Sha256, onDisk.Sha256);

        using IObservationStore store = StoreEngines.Open(engine, _dir);
        FileOutcome outcome = new Ingestion(store).IngestOne(path, onDisk, CitationCatalog.Empty);
        Assert.False(outcome.IsRejected, string.Join("; ", outcome.Diagnostics));
        Assert.Equal(Rows, outcome.Stored!.Added);
        Assert.False(onDisk.InMemory);
        SourceRecord source = Assert.Single(store.Sources());
        Assert.Equal(inMemory.Sha256, source.Document.Sha256);
        Assert.Equal(Rows, source.Rows);

        ReadResult whole = new TidyCsvReader().Read(inMemory);
        IReadOnlyList<Observation> stored = store.Current(ObservationQuery.All with { IncludeSynthetic = true });
        Assert.Equal(whole.Observations.Select(o => $"{o.Key} {o.Period} {o.Value}").Order(StringComparer.Ordinal), stored.Select(o => $"{o.Key} {o.Period} {o.Value}").Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void An_error_on_the_last_line_refuses_the_whole_file_after_its_batches_were_written(string engine)
    {
        string path = Write("late.csv", Rows, last: "ru-fsb-entries-by-purpose,RU,KP,total,2024,twelve,,,,");
        using IObservationStore store = StoreEngines.Open(engine, _dir);
        FileOutcome outcome = new Ingestion(store).IngestOne(path, SourceFile.Load(path, inMemoryBytes: 0), CitationCatalog.Empty);

        Diagnostic error = Assert.Single(outcome.Diagnostics);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"line {Rows + 2}"), error.Location);
        Assert.Contains("'twelve'", error.Message, StringComparison.Ordinal);
        Assert.Null(outcome.Stored);
        Assert.Empty(store.Sources());
        Assert.Empty(store.Current(ObservationQuery.All with { IncludeSynthetic = true }));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_figure_stated_twice_far_apart_is_named_as_a_whole_read_names_it_and_nothing_is_kept(string engine)
    {
        // Line 2 states bench-series 0's first period; the last line states it again.
        string path = Write("twice.csv", Rows, last: Line(0));
        ReadResult whole = new TidyCsvReader().Read(SourceFile.Load(path));
        using IObservationStore store = StoreEngines.Open(engine, _dir);
        FileOutcome outcome = new Ingestion(store).IngestOne(path, SourceFile.Load(path, inMemoryBytes: 0), CitationCatalog.Empty);

        Diagnostic twice = Assert.Single(outcome.Diagnostics);
        Assert.Equal(Assert.Single(whole.Diagnostics), twice);
        Assert.Contains("(first at line 2)", twice.Message, StringComparison.Ordinal);
        Assert.Null(outcome.Stored);
        Assert.Empty(store.Sources());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_tidy_file_past_the_whole_read_bound_streams_into_the_store(string engine)
    {
        // SourceFile.MaxBytes bounds what is held whole (forced down to 64 KiB here for a file of about 1.3 MB).
        string path = Write("large.csv", Rows, last: null);
        SourceFile file = SourceFile.Load(path, inMemoryBytes: 0, maxWholeBytes: 64 * 1024);
        Assert.True(file.Length > 64 * 1024);

        using IObservationStore store = StoreEngines.Open(engine, _dir);
        FileOutcome outcome = new Ingestion(store).IngestOne(path, file, CitationCatalog.Empty);
        Assert.False(outcome.IsRejected, string.Join("; ", outcome.Diagnostics));
        Assert.Equal(Rows, outcome.Stored!.Added);
        Assert.False(file.InMemory);
    }

    [Fact]
    public void A_file_past_the_whole_read_bound_is_refused_when_read_whole_naming_the_bound_and_still_streams()
    {
        // The synthetic Eurostat TSV (a whole-file format), held to a bound below its size.
        string path = _dir.File("eurostat.tsv");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "samples", "eurostat-migr_resfirst-synthetic.tsv"), path);
        SourceFile file = SourceFile.Load(path, inMemoryBytes: 0, maxWholeBytes: 1024);

        var e = Assert.Throws<SourceException>(() => file.Bytes);
        Assert.Equal(SourceMessages.FileTooLarge(path, file.Length, 1024), e.Message);
        Assert.Contains("reads whole", e.Message, StringComparison.Ordinal);
        Assert.False(file.InMemory);
        using var stream = file.OpenRead();
        Assert.Equal(file.Length, stream.Length);
    }

    [Fact]
    public void The_shape_check_in_pieces_reports_what_the_whole_text_check_reports()
    {
        string[] texts =
        [
            "a,b\n1,2\n",
            "a,b\n1,\"2\n",
            "a,b\n1,\"x\ny\"\n3,4\n",
            "a,b\n1,2",
            "a,b\n" + new string('x', TextShape.MaxLineLength + 5) + "\n1,2\n",
            "a,b\n\"" + new string('x', TextShape.MaxLineLength) + "\n" + new string('y', 10) + "\"\n",
        ];
        foreach (string text in texts)
        {
            var whole = new DiagnosticSink("f.csv");
            bool wholeOk = TextShape.Check(text, whole, quotes: true, multiLineFieldsUpTo: 2);
            foreach (int piece in (int[])[1, 3, 7, 4096])
            {
                var sink = new DiagnosticSink("f.csv");
                var scan = new TextShape.Scan(sink, quotes: true, multiLineFieldsUpTo: 2);
                for (int at = 0; at < text.Length; at += piece)
                {
                    scan.Feed(text.AsSpan(at, Math.Min(piece, text.Length - at)));
                }

                Assert.Equal(wholeOk, scan.Finish());
                Assert.Equal(whole.Items, sink.Items);
            }
        }
    }

    [Fact]
    public void A_byte_that_is_not_utf8_across_a_chunk_boundary_is_named_at_its_offset_as_a_whole_read_names_it()
    {
        // A two-byte sequence cut after its first byte at the 1 MiB boundary of the streamed check.
        byte[] bytes = Encoding.UTF8.GetBytes(Some.TidyHeader + "\n" + new string('x', (1024 * 1024) - Some.TidyHeader.Length - 2));
        byte[] file = [.. bytes, 0xC3, (byte)'x', (byte)'\n'];
        string path = _dir.File("bad-utf8.csv");
        File.WriteAllBytes(path, file);

        var whole = new DiagnosticSink("f");
        Assert.False(TextChecks.TryDecode(SourceFile.Load(path), whole, out _));
        var streamed = new DiagnosticSink("f");
        var shapeSink = new DiagnosticSink("f");
        Assert.False(TextChecks.TryScan(SourceFile.Load(path, inMemoryBytes: 0), streamed, new TextShape.Scan(shapeSink, true, 0), shapeSink));
        Assert.Equal(whole.Items, streamed.Items);
    }

    // Ten partners by ten purposes by month from January 2000: SYNTHETIC figures (the value is the row's number).
    private static string Line(int i) =>
        string.Create(CultureInfo.InvariantCulture,
            $"ru-fsb-entries-by-purpose,RU,{Partners[i % 10]},{Purposes[i / 10 % 10]},{2000 + (i / 100 / 12):D4}-{(i / 100 % 12) + 1:D2},{i},,,{(i == 0 ? SyntheticMarker.Text : "")},");

    private static readonly string[] Partners = ["CN", "VN", "UZ", "TJ", "KG", "IN", "TR", "DE", "FR", "US"];
    private static readonly string[] Purposes = ["total", "official", "business", "tourism", "private", "study", "work", "transit", "crew", "other"];

    private string Write(string name, int rows, string? last)
    {
        var text = new StringBuilder(Some.TidyHeader).Append('\n');
        for (int i = 0; i < rows; i++)
        {
            text.Append(Line(i)).Append('\n');
        }

        if (last is not null)
        {
            text.Append(last).Append('\n');
        }

        _dir.Write(name, text.ToString());
        return _dir.File(name);
    }
}
