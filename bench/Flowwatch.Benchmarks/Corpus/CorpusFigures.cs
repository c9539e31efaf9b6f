using Flowwatch.Application;
using Flowwatch.Application.Articles;
using Flowwatch.Analysis.Claims;
using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Benchmarks.Corpus;

/// <summary>
/// The figures a corpus is checked against, as a new user has them after <c>flowwatch demo</c> and
/// <c>flowwatch ingest samples/real/</c>: a store made in a temporary folder, its figures as published by each day.
/// </summary>
internal sealed class CorpusFigures : IDisposable
{
    private readonly string _folder;
    private readonly IObservationStore _store;
    private readonly Dictionary<DateOnly, IReadOnlyList<Observation>> _byDay = [];

    public CorpusFigures(string repositoryRoot)
    {
        _folder = Path.Combine(Path.GetTempPath(), "flowwatch-claims-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _store = SqliteObservationStore.Open(Path.Combine(_folder, "store.db"));
        var ingestion = new Ingestion(_store);
        ingestion.IngestBundled();
        IReadOnlyList<FileOutcome> real = ingestion.IngestFiles(Ingestion.Expand([Path.Combine(repositoryRoot, "samples", "real")]));
        Latest = _store.Current(ObservationQuery.All);
        ReferenceFigures = ReferenceData.Load().Capacities;
        Figures = new ArticleFigures(Latest, PublishedBy, ReferenceFigures)
        {
            LatestVerifier = new ClaimVerifier(Latest, references: ReferenceFigures),
        };
        FilesRead = real.Count;
    }

    /// <summary>The current figures.</summary>
    public IReadOnlyList<Observation> Latest { get; }

    /// <summary>The reference figures (capacities).</summary>
    public IReadOnlyList<CapacityFigure> ReferenceFigures { get; }

    /// <summary>What an article is checked against.</summary>
    public ArticleFigures Figures { get; }

    /// <summary>How many files of samples/real were read.</summary>
    public int FilesRead { get; }

    /// <summary>The figures as published by the end of a day (cached: cases share days).</summary>
    public IReadOnlyList<Observation> PublishedBy(DateOnly day)
    {
        if (!_byDay.TryGetValue(day, out IReadOnlyList<Observation>? figures))
        {
            figures = _store.Current(ObservationQuery.All with { AsOf = day });
            _byDay[day] = figures;
        }

        return figures;
    }

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
