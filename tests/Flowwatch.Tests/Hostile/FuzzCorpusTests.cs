using System.Globalization;
using System.Text;
using Flowwatch.Application;
using Flowwatch.Fuzz;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;
using Flowwatch.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Flowwatch.Tests.Hostile;

/// <summary>
/// Every file of the fuzz corpus (Fixtures/fuzz: seeds and seeded mutants of each sample format, written by tests/fuzz;
/// Fixtures/hostile and Fixtures/hostile-2: the reproducers of both damage campaigns; and seeded mutants of every real
/// file in samples/real, made here) is either refused cleanly, leaving the store exactly as it was, or stored with
/// every figure equal to the number its cell holds, read back through the store and checked against the file by an
/// independent reader (IndependentCells: the OpenXML SDK, NPOI, System.Text.Json, a plain split of the line). Where the
/// mutant's original is known, no figure the original states that the mutant still holds at the same place is dropped.
/// </summary>
public sealed class FuzzCorpusTests : IDisposable
{
    // Mutants of each real file made at test time (the real files are large; their mutants are not shipped).
    private const int RealMutants = 16;

    // The bundled citation list, which the tidy seed's figures cite (the other formats cite none).
    private static readonly CitationCatalog Catalog = CitationCatalog.Read(BundledData.Citations).Catalog;

    private readonly TempDirectory _dir = new();
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public FuzzCorpusTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    static FuzzCorpusTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Folders => new(
        Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)
            .Append("../hostile").Append("../hostile-2"));

    public static TheoryData<string> RealFiles => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples", "real")).Where(p => !p.EndsWith(".md", StringComparison.Ordinal))
            .Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_corpus_file_is_refused_cleanly_or_stored_as_the_file_holds_it(string folder)
    {
        string root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz", folder));
        string[] paths = [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".md", StringComparison.Ordinal) && !p.EndsWith("sources.csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
        Assert.NotEmpty(paths);

        // A corpus folder holds one seed, the file whose name has no ".m001" part; the reproducers' folders none.
        string? seedPath = folder.StartsWith("../", StringComparison.Ordinal) ? null : paths.SingleOrDefault(p => !Path.GetFileName(p).Contains(".m", StringComparison.Ordinal));
        SourceFile? seed = seedPath is null ? null : new SourceFile(Path.GetFileName(seedPath), File.ReadAllBytes(seedPath));
        (int refused, int stored) = Run(folder.Replace("../", "", StringComparison.Ordinal), paths.Select(p => (p, new SourceFile(Path.GetFileName(p), File.ReadAllBytes(p)))), seed);
        Assert.Equal(paths.Length, refused + stored);
    }

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Every_mutant_of_a_real_file_is_refused_cleanly_or_stored_as_the_file_holds_it(string name)
    {
        byte[] original = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "real", name));
        var mutator = new Mutator(2000 + name.Length);
        bool workbook = name.EndsWith(".xlsx", StringComparison.Ordinal);
        string ext = Path.GetExtension(name), stem = Path.GetFileNameWithoutExtension(name);
        var files = new List<(string, SourceFile)> { (name, new SourceFile(name, original)) };
        for (int i = 1; i <= RealMutants; i++)
        {
            string mutant = string.Create(CultureInfo.InvariantCulture, $"{stem}.m{i:D3}{ext}");
            files.Add((mutant, new SourceFile(mutant, mutator.Mutate(original, workbook))));
        }

        (int refused, int stored) = Run(stem, files, new SourceFile(name, original));
        Assert.Equal(files.Count, refused + stored);
    }

    private (int Refused, int Stored) Run(string label, IEnumerable<(string Path, SourceFile File)> files, SourceFile? seed)
    {
        string shared = _dir.File(label + ".db");
        using IObservationStore store = SqliteObservationStore.Open(shared);
        new Ingestion(store).IngestBundled();
        ReadResult? original = seed is null ? null : SourceFormats.Read(seed, Catalog);
        int refused = 0, stored = 0;
        foreach ((string path, SourceFile file) in files)
        {
            ReadResult read = SourceFormats.Read(file, Catalog);
            AssertClean(file, read.Diagnostics);
            if (read.HasErrors)
            {
                (long, long) before = Fingerprint(shared);
                FileOutcome outcome = new Ingestion(store).IngestOne(path, file, Catalog);
                Assert.True(outcome.IsRejected, $"{path}: the reader refused it alone but ingest did not");
                AssertClean(file, outcome.Diagnostics);
                Assert.Equal(before, Fingerprint(shared));
                refused++;
            }
            else
            {
                AssertStoredAsHeld(path, file, read, original);
                stored++;
            }
        }

        _output.WriteLine($"{label}: {refused + stored} files, {refused} refused, {stored} stored");
        return (refused, stored);
    }

    private static void AssertClean(SourceFile file, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (Diagnostic d in diagnostics)
        {
            Assert.Equal(file.Name, d.File);
            Assert.False(d.Message.Contains('\n', StringComparison.Ordinal) || d.Location.Contains('\n', StringComparison.Ordinal), $"{file.Name}: a diagnostic spans lines: {d}");
        }
    }

    private static (long Sources, long Observations) Fingerprint(string db)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using SqliteCommand cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM observations);";
        using SqliteDataReader r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt64(0), r.GetInt64(1));
    }

    private static void AssertStoredAsHeld(string path, SourceFile file, ReadResult read, ReadResult? original)
    {
        using var dir = new TempDirectory();
        using IObservationStore store = SqliteObservationStore.Open(dir.File("fw.db"));
        FileOutcome outcome = new Ingestion(store).IngestOne(path, file, Catalog);
        Assert.False(outcome.IsRejected, $"{path}: read cleanly but ingest refused it");

        var back = store.History(new ObservationQuery { IncludeSynthetic = true }).Where(o => o.Flag != ObservationFlag.Derived).ToList();
        Assert.Equal(read.Observations.Count(o => o.Flag != ObservationFlag.Derived), back.Count);
        var held = new IndependentCells(file.Bytes, outcome.Format);
        foreach (Observation o in back)
        {
            Assert.True(CountLimits.IsCount(o.Value) || FigureUnitOf(o).Size != 1, $"{path}: {o.Key} {o.Period} = {o.Value} is not a count");
            string found;
            try
            {
                Assert.True(held.Holds(o.Provenance.Locator, o.Value, out found), $"{path}: {o.Key} {o.Period} stored as {o.Value}, but {o.Provenance.Locator} holds {found}");
            }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or NPOI.Util.RecordFormatException)
            {
                File.WriteAllBytes(Path.Combine(Path.GetTempPath(), Path.GetFileName(path)), file.Bytes);
                throw new InvalidOperationException($"{path}: stored, but the independent reader cannot open it (kept in {Path.GetTempPath()}): {e.Message}", e);
            }
        }

        // A figure of the original that the mutant still holds at the same place is not dropped in silence: either it is
        // stored, or the mutant's read says something the original's does not (a row skipped, a sheet not kept).
        if (original is null || read.Diagnostics.Any(d => !original.Diagnostics.Any(o => o.Code == d.Code && o.Message == d.Message)))
        {
            return;
        }

        // A figure moved with its row (two lines swapped) is stored at its new place: the same series, period and value.
        var places = back.Select(o => o.Provenance.Locator.ToString()).ToHashSet(StringComparer.Ordinal);
        var figures = back.Select(o => (o.Key, o.Period, o.Value)).ToHashSet();
        foreach (Observation o in original.Observations.Where(o => o.Flag != ObservationFlag.Derived))
        {
            if (!places.Contains(o.Provenance.Locator.ToString()) && !figures.Contains((o.Key, o.Period, o.Value)) && held.Holds(o.Provenance.Locator, o.Value, out _))
            {
                Assert.Fail($"{path}: {o.Key} {o.Period} = {o.Value} at {o.Provenance.Locator} is still in the file but was not stored, and nothing said why");
            }
        }
    }

    private static FigureUnit FigureUnitOf(Observation o) => FigureUnit.Of(o.Key.Dataset);
}
