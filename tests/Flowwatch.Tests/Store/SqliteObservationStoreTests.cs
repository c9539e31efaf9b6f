using System.Text;
using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Store;
using Flowwatch.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Flowwatch.Tests.Store;

public sealed class SqliteObservationStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _dir.Dispose();

    private SqliteObservationStore Open() => SqliteObservationStore.Open(_dir.File("fw.db"), _clock);

    private static ReadResult Tidy(string name, params string[] rows) =>
        new TidyCsvReader().Read(new SourceFile(name, Encoding.UTF8.GetBytes(Some.Tidy(rows))));

    [Fact]
    public void Ingest_stores_the_bundled_figures_and_reads_them_back_exactly()
    {
        using SqliteObservationStore store = Open();
        ReadResult read = BundledData.Read();
        IngestOutcome outcome = store.Ingest(read);
        Assert.Equal(IngestStatus.Stored, outcome.Status);
        Assert.Equal(read.Observations.Count, outcome.Added);

        IReadOnlyList<Observation> back = store.Current(ObservationQuery.All);
        Assert.Equal(read.Observations.Count, back.Count);
        Observation q3 = back.Single(o => o.Key.Breakdown.Code == "study" && o.Period == Period.Parse("2024-Q3") && o.Key.Dataset.Id == "ru-fsb-entries-by-purpose");
        Observation original = read.Observations.Single(o => o.Key == q3.Key && o.Period == q3.Period);
        Assert.Equal(original.Value, q3.Value);
        Assert.Equal(original.Provenance.Locator, q3.Provenance.Locator);
        Assert.Equal(original.Provenance.Citations, q3.Provenance.Citations);
        Assert.Equal(read.Document.Sha256, q3.Provenance.Document.Sha256);
    }

    [Fact]
    public void Ingesting_the_same_file_twice_adds_nothing()
    {
        using SqliteObservationStore store = Open();
        store.Ingest(BundledData.Read());
        int before = store.History(ObservationQuery.All).Count;
        IngestOutcome again = store.Ingest(BundledData.Read());
        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(before, store.History(ObservationQuery.All).Count);
        Assert.Single(store.Sources());
    }

    [Fact]
    public void A_later_release_supersedes_but_the_earlier_stays_queryable_as_of()
    {
        using SqliteObservationStore store = Open();
        store.Ingest(Tidy("release-1.csv", "ru-fsb-entries-by-purpose,RU,KP,total,2024-Q4,5500,approximate,,,"));
        DateTimeOffset between = _clock.GetUtcNow().AddMinutes(30);
        _clock.Advance(TimeSpan.FromHours(1));
        IngestOutcome second = store.Ingest(Tidy("release-2.csv",
            "ru-fsb-entries-by-purpose,RU,KP,total,2024-Q4,5450,,,,",
            "ru-fsb-entries-by-purpose,RU,KP,total,2025-Q1,295,,,,"));

        Revision revision = Assert.Single(second.Revisions);
        Assert.Equal((5500m, 5450m, "release-1.csv"), (revision.Before, revision.After, revision.BeforeFile));
        Assert.Equal(1, second.Added);

        var q4 = new ObservationQuery { Partner = Country.Parse("KP") };
        Assert.Equal(5450m, store.Current(q4).Single(o => o.Period == Period.Parse("2024-Q4")).Value);
        IReadOnlyList<Observation> then = store.Current(q4 with { AsOf = between });
        Assert.Equal(5500m, Assert.Single(then).Value);
        Assert.Equal(ObservationFlag.Approximate, then[0].Flag);
        Assert.Equal(2, store.History(q4).Count(o => o.Period == Period.Parse("2024-Q4")));
    }

    [Fact]
    public void A_read_with_errors_is_refused_and_the_store_stays_as_it_was()
    {
        using SqliteObservationStore store = Open();
        store.Ingest(BundledData.Read());
        int before = store.History(ObservationQuery.All).Count;
        ReadResult bad = Tidy("bad.csv", "ru-fsb-entries-by-purpose,RU,KP,total,2024,1,,,,", "ru-fsb-entries-by-purpose,RU,KP,total,2024-Q9,1,,,,");
        Assert.Throws<ArgumentException>(() => store.Ingest(bad));
        Assert.Equal(before, store.History(ObservationQuery.All).Count);
        Assert.Single(store.Sources());
    }

    [Fact]
    public void Queries_filter_by_every_part_of_the_key()
    {
        using SqliteObservationStore store = Open();
        store.Ingest(BundledData.Read());
        var study = store.Current(new ObservationQuery
        {
            Dataset = DatasetId.Parse("ru-fsb-entries-by-purpose"),
            Reporter = Country.Parse("RU"),
            Partner = Country.Parse("KP"),
            Breakdown = Breakdown.Parse("study"),
        });
        Assert.All(study, o => Assert.Equal("study", o.Key.Breakdown.Code));
        Assert.Contains(study, o => o.Period == Period.Parse("2024") && o.Value == 7887m);
        Assert.Empty(store.Current(new ObservationQuery { Partner = Country.Parse("CN") }));
    }

    [Fact]
    public void Reopening_keeps_the_data_and_the_schema_version()
    {
        using (SqliteObservationStore store = Open())
        {
            store.Ingest(BundledData.Read());
        }

        using SqliteObservationStore reopened = Open();
        Assert.Single(reopened.Sources());
        Assert.NotEmpty(reopened.Current(ObservationQuery.All));
    }

    [Fact]
    public void A_file_that_is_not_a_database_gives_a_clear_error()
    {
        File.WriteAllText(_dir.File("fw.db"), "this is not a database, just text that is long enough to be read as a header page");
        var e = Assert.Throws<InvalidOperationException>(Open);
        Assert.Contains("fw.db", e.Message, StringComparison.Ordinal);
    }
}
