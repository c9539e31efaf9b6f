using System.Text;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;
using Flowwatch.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Flowwatch.Tests.Store;

/// <summary>
/// What every engine promises about provenance: witnesses accumulate, revisions keep both values, removal takes
/// one witness only, --as-of is publication time, --known-at is store time, synthetic files stay apart.
/// </summary>
public sealed class WitnessContractTests : IDisposable
{
    private const string Catalog = """
        source_id,outlet,date,language,url
        EARLY,Early Outlet,2024-08-13,en,https://early.example
        LATER,Later Outlet,2024-11-08,en,https://later.example
        REVISED,Revising Outlet,2025-02-04,en,https://revised.example
        """;

    private static readonly ObservationQuery Kp = new() { Partner = Country.Parse("KP") };

    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Engines => StoreEngines.All;

    public void Dispose() => _dir.Dispose();

    private IObservationStore Open(string engine) => StoreEngines.Open(engine, _dir, _clock);

    private static ReadResult Tidy(string name, params string[] rows)
    {
        (CitationCatalog catalog, _) = CitationCatalog.Read(new SourceFile("sources.csv", Encoding.UTF8.GetBytes(Catalog + "\n")));
        ReadResult read = new TidyCsvReader(catalog).Read(new SourceFile(name, Encoding.UTF8.GetBytes(Some.Tidy(rows))));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read;
    }

    private static Observation Q2(IObservationStore store, ObservationQuery query) =>
        store.Current(query).Single(o => o.Period == Period.Parse("2024-Q2"));

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_file_stating_the_same_figure_adds_its_witness_and_citations_and_replaces_nothing(string engine)
    {
        using IObservationStore store = Open(engine);
        store.Ingest(Tidy("press.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,EARLY LATER,,").Accepted());
        _clock.Advance(TimeSpan.FromDays(1));
        IngestOutcome second = store.Ingest(Tidy("table.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,,,").Accepted());

        Assert.Equal(1, second.Confirmed);
        Observation figure = Q2(store, Kp);
        Assert.Equal(["EARLY", "LATER"], figure.Provenance.Citations.Select(c => c.Id));
        Assert.Equal(["press.csv", "table.csv"], figure.Witnesses.Select(w => w.Provenance.Document.FileName));
        Assert.Equal(new DateOnly(2024, 8, 13), figure.Witnesses[0].Published);
        Assert.Empty(figure.Superseded);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void A_different_value_is_a_revision_and_both_keep_their_witnesses(string engine)
    {
        using IObservationStore store = Open(engine);
        store.Ingest(Tidy("first.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,EARLY,,").Accepted());
        store.Ingest(Tidy("second.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,340,,REVISED,,").Accepted());
        store.Ingest(Tidy("third.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,LATER,,").Accepted());

        Observation figure = Q2(store, Kp);
        // The value of the latest publication (2025-02-04) holds, whatever the order the files arrived in.
        Assert.Equal(340m, figure.Value);
        Assert.Equal(["REVISED"], figure.Provenance.Citations.Select(c => c.Id));
        Assert.Equal(["first.csv", "third.csv"], figure.Superseded.Select(w => w.Provenance.Document.FileName));
        Assert.Equal(3, store.History(Kp).Count);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void As_of_a_day_shows_what_had_been_published_by_then(string engine)
    {
        using IObservationStore store = Open(engine);
        store.Ingest(Tidy("first.csv",
            "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,EARLY LATER,,",
            "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q3,3765,,LATER,,").Accepted());
        store.Ingest(Tidy("second.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,340,,REVISED,,").Accepted());

        IReadOnlyList<Observation> august = store.Current(Kp with { AsOf = new DateOnly(2024, 8, 31) });
        Observation q2 = Assert.Single(august);
        Assert.Equal(332m, q2.Value);
        // The report of November had not appeared yet: it is not cited as of August.
        Assert.Equal(["EARLY"], q2.Provenance.Citations.Select(c => c.Id));

        Assert.Equal(332m, Q2(store, Kp with { AsOf = new DateOnly(2024, 12, 31) }).Value);
        Assert.Equal(2, store.Current(Kp with { AsOf = new DateOnly(2024, 12, 31) }).Count);
        Assert.Equal(340m, Q2(store, Kp).Value);
        Assert.Empty(store.Current(Kp with { AsOf = new DateOnly(2020, 1, 1) }));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Known_at_is_the_store_at_an_instant_whatever_was_published(string engine)
    {
        using IObservationStore store = Open(engine);
        store.Ingest(Tidy("first.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,EARLY,,").Accepted());
        DateTimeOffset between = _clock.GetUtcNow().AddMinutes(1);
        _clock.Advance(TimeSpan.FromHours(1));
        store.Ingest(Tidy("second.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,340,,REVISED,,").Accepted());

        Assert.Equal(332m, Q2(store, Kp with { KnownAt = between }).Value);
        Assert.Equal(340m, Q2(store, Kp).Value);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Removing_a_file_takes_only_its_witness_and_is_recorded(string engine)
    {
        using IObservationStore store = Open(engine);
        ReadResult first = Tidy("first.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,EARLY,,");
        ReadResult second = Tidy("second.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,340,,REVISED,,");
        store.Ingest(first.Accepted());
        _clock.Advance(TimeSpan.FromHours(1));
        store.Ingest(second.Accepted());

        // All or nothing: one unknown hash and nothing goes.
        Assert.Null(store.Remove([second.Document.Sha256, new string('0', 64)]));
        Assert.Equal(340m, Q2(store, Kp).Value);

        Removal removal = Assert.Single(store.Remove([second.Document.Sha256])!);
        Assert.Equal("second.csv", removal.Document.FileName);
        Assert.Equal(_clock.GetUtcNow(), removal.RemovedAt);
        Observation back = Q2(store, Kp);
        Assert.Equal(332m, back.Value);
        Assert.Equal(["first.csv"], back.Witnesses.Select(w => w.Provenance.Document.FileName));
        Assert.Equal("second.csv", Assert.Single(store.Removals()).Document.FileName);
        Assert.False(store.HasSource(second.Document.Sha256));
        Assert.Equal(IngestStatus.Stored, store.Ingest(second.Accepted()).Status);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Synthetic_files_are_left_out_unless_asked_for_and_then_labelled(string engine)
    {
        using IObservationStore store = Open(engine);
        store.Ingest(Tidy("real.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,EARLY,,").Accepted());
        ReadResult fake = Tidy("fake.csv",
            "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,,,",
            "ru-fsb-entries-by-purpose,RU,KP,work,2023,4000,,,,");
        store.Ingest((fake with { Document = fake.Document with { Synthetic = true } }).Accepted());

        Observation real = Assert.Single(store.Current(Kp));
        Assert.False(real.IsSynthetic);
        Assert.Single(real.Witnesses);

        IReadOnlyList<Observation> all = store.Current(Kp with { IncludeSynthetic = true });
        Assert.Equal(2, all.Count);
        Assert.True(all.Single(o => o.Key.Breakdown.Code == "work").IsSynthetic);
        Assert.True(store.Sources().Single(s => s.Document.FileName == "fake.csv").Document.Synthetic);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void The_same_file_under_a_changed_citation_list_replaces_its_witnesses(string engine)
    {
        using IObservationStore store = Open(engine);
        ReadResult read = Tidy("press.csv", "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,EARLY,,");
        store.Ingest((read with { Document = read.Document with { CitationList = "list-1" } }).Accepted());
        Assert.Equal(IngestStatus.Unchanged, store.Ingest((read with { Document = read.Document with { CitationList = "list-1" } }).Accepted()).Status);

        ReadResult recited = read with
        {
            Document = read.Document with { CitationList = "list-2" },
            Observations = [read.Observations[0] with { Provenance = read.Observations[0].Provenance with { Citations = [new Citation("FIXED", "Fixed", "2024-08-14", "https://fixed.example")] } }],
        };
        IngestOutcome outcome = store.Ingest(recited.Accepted());

        Assert.Equal(IngestStatus.Updated, outcome.Status);
        Assert.Equal(["FIXED"], Q2(store, Kp).Provenance.Citations.Select(c => c.Id));
        Assert.Single(store.Sources());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public void Sources_are_dated_by_their_figures_publication(string engine)
    {
        using IObservationStore store = Open(engine);
        store.Ingest(Tidy("press.csv",
            "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q2,332,,LATER EARLY,,",
            "ru-fsb-entries-by-purpose,RU,KP,study,2024-Q3,3765,,REVISED,,").Accepted());
        SourceRecord source = Assert.Single(store.Sources());
        Assert.Equal((new DateOnly(2024, 8, 13), new DateOnly(2025, 2, 4)), source.Published);
    }
}
