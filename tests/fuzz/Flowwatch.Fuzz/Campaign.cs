using System.Diagnostics;
using System.Globalization;
using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;

namespace Flowwatch.Fuzz;

/// <summary>
/// A mutation campaign like the one of issue 27: seeded mutants of twelve base files (the five real files of
/// samples/real, the synthetic samples of each format, the bundled figures and a JSON-stat cube), each ingested as
/// <c>flowwatch ingest</c> does, into a fresh SQLite store, and judged: a crash (an exception out of the reader or
/// the ingest), a refusal whose messages break the promise of one line per problem naming the file, or a file stored
/// with a figure its cell does not hold (read by <see cref="IndependentCells"/>) or without a figure the base states
/// that the mutant still holds at the same place, with nothing said. Every such mutant is kept in OUT for replay.
/// </summary>
internal static class Campaign
{
    public static int Run(string repo, string outDir, int perBase)
    {
        (string Path, string? Catalog)[] bases =
        [
            ("samples/real/mvd_stst_2016.xls", null),
            ("samples/real/rosstat_tourist_trips_by_country_2014-2022_v2.xlsx", null),
            ("samples/real/eurostat_tps00170_first_permits_sdmxcsv1_labels.csv", null),
            ("samples/real/eurostat_migr_asyappctza_total_sdmxcsv2_labels.csv", null),
            ("samples/real/eurostat_migr_resfirst_IE_KP_excerpt.csv", null),
            ("samples/eurostat-migr_resfirst-synthetic.sdmx.csv", null),
            ("samples/eurostat-migr_resfirst-synthetic.tsv", null),
            ("samples/fsb-entries-2024-H1-synthetic.csv", null),
            ("samples/fsb-entries-2024-YTD09-synthetic-cp1251.csv", null),
            ("samples/fsb-entries-2024-Q2-synthetic.xlsx", null),
            ("data/dprk-russia/observations.csv", "data/dprk-russia/sources.csv"),
            ("tests/Flowwatch.Tests/Fixtures/hostile-2/R10-jsonstat-non-number-value-dropped/migr_resfirst-intact.json", null),
        ];

        Directory.CreateDirectory(outDir);
        var clock = Stopwatch.StartNew();
        int total = 0, refused = 0, stored = 0, crashes = 0, unclean = 0, wrong = 0;
        Console.WriteLine("base | mutants | refused | stored as held | crash | unclean refusal | stored wrong");
        for (int b = 0; b < bases.Length; b++)
        {
            string path = Path.Combine(repo, bases[b].Path);
            string name = Path.GetFileName(path);
            byte[] original = File.ReadAllBytes(path);
            CitationCatalog catalog = bases[b].Catalog is { } c ? CitationCatalog.Read(SourceFile.Load(Path.Combine(repo, c))).Catalog : CitationCatalog.Empty;
            ReadResult baseRead = SourceFormats.Read(new SourceFile(name, original), catalog);
            var mutator = new Mutator(5000 + b);
            bool workbook = name.EndsWith(".xlsx", StringComparison.Ordinal);
            int[] counts = new int[5];
            for (int i = 1; i <= perBase; i++)
            {
                string mutantName = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(name)}.c{i:D3}{Path.GetExtension(name)}");
                var file = new SourceFile(mutantName, mutator.Mutate(original, workbook));
                Verdict verdict = Judge(file, catalog, baseRead, out string detail);
                counts[(int)verdict]++;
                if (verdict is Verdict.Crash or Verdict.Unclean or Verdict.StoredWrong)
                {
                    File.WriteAllBytes(Path.Combine(outDir, mutantName), file.Bytes);
                    File.AppendAllText(Path.Combine(outDir, "findings.txt"), $"{verdict}\t{mutantName}\t{detail}\n");
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} | {perBase} | {counts[0]} | {counts[1]} | {counts[2]} | {counts[3]} | {counts[4]}"));
            total += perBase;
            refused += counts[0];
            stored += counts[1];
            crashes += counts[2];
            unclean += counts[3];
            wrong += counts[4];
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all | {total} | {refused} | {stored} | {crashes} | {unclean} | {wrong}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total:N0} mutants in {clock.Elapsed.TotalSeconds:F0} s; kept for replay in {outDir}"));
        return crashes + unclean + wrong == 0 ? 0 : 1;
    }

    private static Verdict Judge(SourceFile file, CitationCatalog catalog, ReadResult baseRead, out string detail)
    {
        detail = "";
        string dir = Path.Combine(Path.GetTempPath(), "flowwatch-campaign-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            using IObservationStore store = SqliteObservationStore.Open(Path.Combine(dir, "fw.db"));
            FileOutcome outcome = new Ingestion(store).IngestOne(file.Name, file, catalog);
            if (outcome.Diagnostics.FirstOrDefault(d => d.File != file.Name || d.Message.Contains('\n', StringComparison.Ordinal) || d.Location.Contains('\n', StringComparison.Ordinal)) is { } bad)
            {
                detail = bad.ToString();
                return Verdict.Unclean;
            }

            if (outcome.IsRejected)
            {
                return Verdict.Refused;
            }

            var back = store.History(new ObservationQuery { IncludeSynthetic = true }).Where(o => o.Flag != ObservationFlag.Derived).ToList();
            var held = new IndependentCells(file.Bytes, outcome.Format);
            try
            {
                foreach (Observation o in back)
                {
                    if (!held.Holds(o.Provenance.Locator, o.Value, out string found))
                    {
                        detail = $"{o.Key} {o.Period} stored as {o.Value.ToString(CultureInfo.InvariantCulture)}, but {o.Provenance.Locator} holds {found}";
                        return Verdict.StoredWrong;
                    }
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Not a crash of Flowwatch: a file it stored that the independent reader cannot open (a damaged package).
                detail = "stored, but the independent reader cannot open it: " + e.GetType().Name + ": " + e.Message.ReplaceLineEndings(" ");
                return Verdict.StoredWrong;
            }

            // A figure of the base the mutant still holds at the same place is stored, or the mutant's read says something the base's does not.
            if (!outcome.Diagnostics.Any(d => !baseRead.Diagnostics.Any(o => o.Code == d.Code && o.Message == d.Message)))
            {
                // A figure moved with its row (two lines swapped) is stored at its new place: the same series, period and value.
                var places = back.Select(o => o.Provenance.Locator.ToString()).ToHashSet(StringComparer.Ordinal);
                var figures = back.Select(o => (o.Key, o.Period, o.Value)).ToHashSet();
                foreach (Observation o in baseRead.Observations.Where(o => o.Flag != ObservationFlag.Derived))
                {
                    if (!places.Contains(o.Provenance.Locator.ToString()) && !figures.Contains((o.Key, o.Period, o.Value)) && held.Holds(o.Provenance.Locator, o.Value, out _))
                    {
                        detail = $"{o.Key} {o.Period} = {o.Value.ToString(CultureInfo.InvariantCulture)} at {o.Provenance.Locator} is still in the file but was not stored, and nothing said why";
                        return Verdict.StoredWrong;
                    }
                }
            }

            return Verdict.Stored;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            detail = e.GetType().Name + ": " + e.Message.ReplaceLineEndings(" ");
            return Verdict.Crash;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private enum Verdict
    {
        Refused,
        Stored,
        Crash,
        Unclean,
        StoredWrong,
    }
}
