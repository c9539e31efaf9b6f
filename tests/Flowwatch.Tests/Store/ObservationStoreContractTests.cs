using System.Text;
using Flowwatch.Application;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;
using Flowwatch.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Flowwatch.Tests.Store;

/// <summary>What every store engine promises: exact round trips, idempotent ingest, revisions with as-of, all or nothing.</summary>
public sealed class ObservationStoreContractTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Engines => StoreEngines.All;

    public void Dispose() => _dir.Dispose();

    private IObservationStore Open(string engine) => StoreEngines.Open(engine, _dir, _clock);

    private static ReadResult Tidy(string name, params string[] rows) =>
        new TidyCsvReader().Read(new SourceFile(name, Encoding.UTF8.GetBytes(Some.Tidy(rows))));

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Ingest_stores_the_bundled_figures_and_reads_them_back_exactly(string engine)
    {
        using IObservationStore store = Open(engine);
        ReadResult read = BundledData.Read();
        IngestOutcome outcome = store.Ingest(read.Accepted());
        Assert.Equal(IngestStatus.Stored, outcome.Status);
        Assert.Equal(read.Observations.Count, outcome.Added);

        IReadOnlyList<Observation> back = store.Current(ObservationQuery.All);
        Assert.Equal(read.Observations.Count, back.Count);
        foreach (Observation original in read.Observations)
        {
            Observation stored = back.Single(o => o.Key == original.Key && o.Period == original.Period);
            Assert.Equal(original.Value, stored.Value);
            Assert.Equal(original.Flag, stored.Flag);
            Assert.Equal(original.Note, stored.Note);
            Assert.Equal(original.Provenance.Locator, stored.Provenance.Locator);
            Assert.Equal(original.Provenance.Citations, stored.Provenance.Citations);
            Assert.Equal(read.Document.Sha256, stored.Provenance.Document.Sha256);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Ingesting_the_same_file_twice_adds_nothing(string engine)
    {
        using IObservationStore store = Open(engine);
        store.Ingest(BundledData.Read().Accepted());
        int before = store.History(ObservationQuery.All).Count;
        IngestOutcome again = store.Ingest(BundledData.Read().Accepted());
        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(before, store.History(ObservationQuery.All).Count);
        Assert.Single(store.Sources());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_later_release_supersedes_but_the_earlier_stays_queryable_known_at(string engine)
    {
        using IObservationStore store = Open(engine);
        store.Ingest(Tidy("release-1.csv", "ru-fsb-entries-by-purpose,RU,KP,total,2024-Q4,5500,approximate,,,").Accepted());
        DateTimeOffset between = _clock.GetUtcNow().AddMinutes(30);
        _clock.Advance(TimeSpan.FromHours(1));
        IngestOutcome second = store.Ingest(Tidy("release-2.csv",
            "ru-fsb-entries-by-purpose,RU,KP,total,2024-Q4,5450,,,,",
            "ru-fsb-entries-by-purpose,RU,KP,total,2025-Q1,295,,,,").Accepted());

        Revision revision = Assert.Single(second.Revisions);
        Assert.Equal((5500m, 5450m, "release-1.csv"), (revision.Before, revision.After, revision.BeforeFile));
        Assert.Equal(1, second.Added);

        var kp = new ObservationQuery { Partner = Country.Parse("KP") };
        Assert.Equal(5450m, store.Current(kp).Single(o => o.Period == Period.Parse("2024-Q4")).Value);
        IReadOnlyList<Observation> then = store.Current(kp with { KnownAt = between });
        Assert.Equal(5500m, Assert.Single(then).Value);
        Assert.Equal(ObservationFlag.Approximate, then[0].Flag);
        Assert.Equal(2, store.History(kp).Count(o => o.Period == Period.Parse("2024-Q4")));
        Observation now = store.Current(kp).Single(o => o.Period == Period.Parse("2024-Q4"));
        Assert.Equal(5500m, Assert.Single(now.Superseded).Value);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_read_with_errors_cannot_be_offered_to_the_store_and_the_store_stays_as_it_was(string engine)
    {
        using IObservationStore store = Open(engine);
        store.Ingest(BundledData.Read().Accepted());
        int before = store.History(ObservationQuery.All).Count;
        ReadResult bad = Tidy("bad.csv", "ru-fsb-entries-by-purpose,RU,KP,total,2024,1,,,,", "ru-fsb-entries-by-purpose,RU,KP,total,2024-Q9,1,,,,");
        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => store.Ingest(bad.Accepted()));
        Assert.StartsWith("bad.csv: the file has errors", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, store.History(ObservationQuery.All).Count);
        Assert.Single(store.Sources());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Queries_filter_by_every_part_of_the_key(string engine)
    {
        using IObservationStore store = Open(engine);
        store.Ingest(BundledData.Read().Accepted());
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

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Sources_record_hash_time_and_rows(string engine)
    {
        using IObservationStore store = Open(engine);
        ReadResult read = BundledData.Read();
        store.Ingest(read.Accepted());
        SourceRecord source = Assert.Single(store.Sources());
        Assert.Equal(read.Document.Sha256, source.Document.Sha256);
        Assert.Equal(read.Observations.Count, source.Rows);
        Assert.Equal(_clock.GetUtcNow(), source.IngestedAt);
    }

    [Fact]
    public void Reopening_a_sqlite_file_keeps_the_data()
    {
        using (IObservationStore store = Open("sqlite"))
        {
            store.Ingest(BundledData.Read().Accepted());
        }

        using IObservationStore reopened = Open("sqlite");
        Assert.Single(reopened.Sources());
        Assert.NotEmpty(reopened.Current(ObservationQuery.All));
    }

    [Fact]
    public void A_file_that_is_not_a_database_gives_a_clear_error()
    {
        File.WriteAllText(_dir.File("fw.db"), "this is not a database, just text that is long enough to be read as a header page");
        var e = Assert.Throws<StoreException>(() => Open("sqlite"));
        Assert.Contains("fw.db", e.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_release_date_keeps_its_basis(string engine)
    {
        using IObservationStore store = Open(engine);
        ReadResult read = Tidy("dated.csv", "ru-fsb-entries-by-purpose,RU,KP,total,2016,5,,,,");
        SourceDocument dated = read.Document with { ReleaseDate = new DateOnly(2017, 1, 1), DateBasis = ReleaseDateBasis.PeriodEnd };
        store.Ingest(new SourceFigures(dated, [.. read.Observations.Select(o => o with { Provenance = o.Provenance with { Document = dated } })]));
        store.Ingest(Tidy("undated.csv", "ru-fsb-entries-by-purpose,RU,KP,total,2017,6,,,,").Accepted());

        SourceRecord[] files = [.. store.Sources()];
        Assert.Equal(ReleaseDateBasis.PeriodEnd, files.Single(f => f.Document.FileName == "dated.csv").Document.DateBasis);
        Assert.Equal(new DateOnly(2017, 1, 1), files.Single(f => f.Document.FileName == "dated.csv").Document.ReleaseDate);
        Assert.Equal(ReleaseDateBasis.None, files.Single(f => f.Document.FileName == "undated.csv").Document.DateBasis);
    }
}
