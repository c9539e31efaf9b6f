using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Flowwatch.Application;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Store;

/// <summary>
/// Eight ingests at once on a store nobody has created yet, on both engines: each opens its own connection
/// (as eight `flowwatch ingest` processes would), so schema creation and the ingests race for real.
/// </summary>
public sealed class ConcurrentIngestTests : IDisposable
{
    private const int Ways = 8;
    private readonly List<TempDirectory> _dirs = [];

    public static TheoryData<string> Engines => StoreEngines.All;

    public void Dispose()
    {
        foreach (TempDirectory dir in _dirs)
        {
            dir.Dispose();
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Eight_ingests_of_different_files_on_a_fresh_store_all_succeed(string engine)
    {
        for (int round = 0; round < 3; round++)
        {
            string location = FreshStore(engine);
            SourceFile[] files = [.. Enumerable.Range(0, Ways).Select(File)];

            IngestStatus[] statuses = RunAtOnce(engine, location, i => files[i]);

            Assert.All(statuses, s => Assert.Equal(IngestStatus.Stored, s));
            using IObservationStore store = StoreEngines.OpenAt(engine, location);
            Assert.Equal(Ways, store.Sources().Count);
            Assert.Equal(Ways * 4, store.History(ObservationQuery.All).Count);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Eight_ingests_of_the_same_file_at_once_store_it_once_and_report_the_rest_unchanged(string engine)
    {
        for (int round = 0; round < 3; round++)
        {
            string location = FreshStore(engine);
            SourceFile file = File(0);

            IngestStatus[] statuses = RunAtOnce(engine, location, _ => file, openFirst: true);

            Assert.Equal(1, statuses.Count(s => s == IngestStatus.Stored));
            Assert.Equal(Ways - 1, statuses.Count(s => s == IngestStatus.Unchanged));
            using IObservationStore store = StoreEngines.OpenAt(engine, location);
            Assert.Single(store.Sources());
        }
    }

    private string FreshStore(string engine)
    {
        var dir = new TempDirectory();
        _dirs.Add(dir);
        return StoreEngines.Location(engine, dir);
    }

    // A small tidy file of its own per number: four figures of one year, none shared with another number's.
    private static SourceFile File(int number)
    {
        string year = (1990 + number).ToString(CultureInfo.InvariantCulture);
        string text = Some.Tidy(
            $"ru-fsb-entries-by-purpose,RU,KP,total,{year},{100 + number},,,,",
            $"ru-fsb-entries-by-purpose,RU,KP,study,{year},{10 + number},,,,",
            $"ru-fsb-entries-by-purpose,RU,CN,total,{year},{200 + number},,,,",
            $"ru-fsb-entries-by-mode,RU,KP,air,{year},{50 + number},,,,");
        return new SourceFile($"part-{number}.csv", Encoding.UTF8.GetBytes(text));
    }

    // openFirst: all eight have the store open (the schema made) before any starts to ingest, so that the
    // ingests themselves, not the opening, race.
    private static IngestStatus[] RunAtOnce(string engine, string location, Func<int, SourceFile> fileFor, bool openFirst = false)
    {
        if (openFirst)
        {
            StoreEngines.OpenAt(engine, location).Dispose();
        }

        var statuses = new IngestStatus[Ways];
        var failures = new ConcurrentBag<Exception>();
        using var start = new Barrier(Ways);
        Thread[] threads = [.. Enumerable.Range(0, Ways).Select(i => new Thread(() =>
        {
            try
            {
                if (!openFirst)
                {
                    start.SignalAndWait();
                }

                using IObservationStore store = StoreEngines.OpenAt(engine, location);
                if (openFirst)
                {
                    start.SignalAndWait();
                }

                SourceFile file = fileFor(i);
                FileOutcome outcome = new Ingestion(store).IngestOne(file.Name, file, CitationCatalog.Empty);
                Assert.False(outcome.IsRejected, string.Join("; ", outcome.Diagnostics));
                statuses[i] = outcome.Stored!.Status;
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }))];

        foreach (Thread t in threads)
        {
            t.Start();
        }

        foreach (Thread t in threads)
        {
            t.Join();
        }

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Select(e => e.GetType().Name + ": " + e.Message)));
        return statuses;
    }
}
