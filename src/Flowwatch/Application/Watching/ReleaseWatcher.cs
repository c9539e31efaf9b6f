using Flowwatch.Analysis.Detection;
using Flowwatch.Analysis.Trace;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Store;
using Flowwatch.Store.Articles;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Application.Watching;

/// <summary>
/// One pass of `flowwatch watch`: ingests the settled files of the watched folders (each all or nothing), and when
/// the files in the store differ from those the last scan read, runs the detectors again and records the changes
/// and their alerts in one transaction. Every step is idempotent, so a pass killed anywhere is simply run again:
/// a file ingested before is unchanged by its hash, and a scan not recorded is recomputed with the same keys.
/// </summary>
public sealed class ReleaseWatcher
{
    private readonly IObservationStore _store;
    private readonly IWatchStore _watch;
    private readonly WatchOptions _options;
    private readonly TimeProvider _clock;
    private readonly FileSettling _settling;
    private readonly HashSet<(string Path, long Size, DateTime Modified)> _read = [];
    private readonly ListWatch? _lists;
    private readonly IArticleStore? _articles;

    /// <summary>A watcher over <paramref name="store"/>, keeping its state in <paramref name="watch"/> (usually the same store).</summary>
    /// <param name="store">The figures.</param>
    /// <param name="watch">The watcher's state and outbox.</param>
    /// <param name="options">What to watch.</param>
    /// <param name="clock">The time (tests fake it).</param>
    /// <param name="sanctions">
    /// The sanctions-list versions: when given, UN list files landing in the folders are loaded as new versions and each
    /// entry added, removed or amended since the version watched before is one alert.
    /// </param>
    /// <param name="articles">
    /// Where news articles go: when given, articles landing in the folders are checked and stored, and each claim of a new
    /// article that repeats a known wrong variant of a figure is one alert (<see cref="VariantAlertComposer"/>).
    /// </param>
    public ReleaseWatcher(IObservationStore store, IWatchStore watch, WatchOptions options, TimeProvider? clock = null, ISanctionsStore? sanctions = null, IArticleStore? articles = null)
    {
        _articles = articles;
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _watch = watch;
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _settling = new FileSettling(options.Settle, _clock);
        _lists = sanctions is null ? null : new ListWatch(sanctions, options.Settle, _clock);
    }

    /// <summary>Runs one pass.</summary>
    public PassResult Pass()
    {
        if (_watch.LastScan() is null)
        {
            // Alerts are about what changes once watching starts: what the store already held is the baseline.
            Scan(null, baseline: true);
        }

        (IReadOnlyList<IngestTarget> ready, IReadOnlyList<string> changing) = ReadyFiles();
        IReadOnlyList<FileOutcome> outcomes = ready.Count == 0 ? [] : (_articles is null ? new Ingestion(_store) : new Ingestion(_store, _articles)).IngestFiles(ready, IngestOptions.Default);
        foreach (IngestTarget t in ready)
        {
            var info = new FileInfo(t.Path);
            _read.Add((t.Path, info.Length, info.LastWriteTimeUtc));
        }

        (IReadOnlyList<SanctionsLoadOutcome> lists, IReadOnlyList<string> listsChanging) = _lists?.LoadReady(_options.Folders) ?? ([], []);
        (bool scanned, int changes, int alerts) = Scan(_watch.LastScan(), baseline: false);
        int repeats = RepeatedVariants(outcomes);
        return new PassResult(outcomes, [.. changing, .. listsChanging], scanned, changes + repeats, alerts + repeats) { Lists = lists };
    }

    private (IReadOnlyList<IngestTarget> Ready, IReadOnlyList<string> Changing) ReadyFiles()
    {
        var files = new List<string>();
        foreach (string folder in _options.Folders)
        {
            try
            {
                // A list file whose name looks like data (an OpenSanctions export as .json, or .txt) is the list watch's.
                files.AddRange(Ingestion.ExpandTargets([folder]).Select(t => t.Path).Where(p => _lists is null || !_lists.IsList(p)));
            }
            catch (SourceException) when (Directory.Exists(folder))
            {
                // An empty inbox is the normal state between releases.
            }
        }

        (IReadOnlyList<string> settled, IReadOnlyList<string> changing) = _settling.Look(files);

        // A folder is read again whole when any of its files is new or changed: a citation list applies to the files
        // beside it, so a new list must reach them (unchanged files cost a hash and nothing else).
        var fresh = settled.Where(p => !_read.Contains((p, new FileInfo(p).Length, new FileInfo(p).LastWriteTimeUtc))).Select(Folder).ToHashSet(StringComparer.Ordinal);
        var ready = settled.Where(p => fresh.Contains(Folder(p)) && !changing.Any(c => Folder(c) == Folder(p)))
            .Select(p => new IngestTarget(p, FoundInFolder: true)).ToList();
        return (ready, changing);
    }

    private (bool Scanned, int Changes, int Alerts) Scan(WatchSnapshot? last, bool baseline)
    {
        IReadOnlyList<SourceRecord> sources = _store.Sources().Where(s => _options.IncludeSynthetic || !s.Document.Synthetic).ToList();
        var shas = sources.Select(s => s.Document.Sha256).Concat(_lists?.Tokens() ?? []).Order(StringComparer.Ordinal).ToList();
        if (last is not null && last.Sources.SequenceEqual(shas, StringComparer.Ordinal))
        {
            return (false, 0, 0);
        }

        IReadOnlyList<Observation> all = _store.Current(ObservationQuery.All with { IncludeSynthetic = _options.IncludeSynthetic });
        IReadOnlyList<Finding> findings = _options.Detectors.Scan(all, _options.Context);
        DateTimeOffset now = _clock.GetUtcNow();
        var snapshot = new WatchSnapshot(shas, findings.DistinctBy(f => f.Id).Select(FindingChanges.Remember).ToList(), now);
        if (baseline || last is null)
        {
            _watch.RecordScan(snapshot, [], _options.Channels);
            return (true, 0, 0);
        }

        var before = last.Sources.ToHashSet(StringComparer.Ordinal);
        var newSources = sources.Where(s => !before.Contains(s.Document.Sha256)).Select(s => s.Document).ToList();
        IReadOnlyList<FindingChange> changes = FindingChanges.Compare(last.Findings, findings);
        IReadOnlyList<AlertRecord> alerts = AlertComposer.Compose(changes, newSources, _options.Site, now);
        IReadOnlyList<AlertRecord> listAlerts = _lists?.Changes(last.Sources, _options.Site, now) ?? [];
        return (true, changes.Count + listAlerts.Count, _watch.RecordScan(snapshot, [.. alerts, .. listAlerts], _options.Channels));
    }

    // The articles stored in this pass, set against the genealogy of every stored article: a new one that repeats a known
    // wrong variant is an alert, recorded with the last scan (which it does not change).
    private int RepeatedVariants(IReadOnlyList<FileOutcome> outcomes)
    {
        var added = outcomes.Where(o => o.Claims is not null && o.Stored is { Status: IngestStatus.Stored }).Select(o => o.Stored!.Document.Sha256).ToHashSet(StringComparer.Ordinal);
        if (_articles is null || added.Count == 0 || _watch.LastScan() is not { } scan)
        {
            return 0;
        }

        TraceResult trace = Trace.ArticleTrace.Trace(_articles.Articles());
        IReadOnlyList<AlertRecord> alerts = VariantAlertComposer.Compose(trace, added, _options.Site, _clock.GetUtcNow());
        return alerts.Count == 0 ? 0 : _watch.RecordScan(scan, alerts, _options.Channels);
    }

    private static string Folder(string path) => Path.GetDirectoryName(Path.GetFullPath(path)) ?? "";
}
