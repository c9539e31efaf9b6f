using Flowwatch.Application.Articles;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Articles;
using Flowwatch.Sources.Formats;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;
using Flowwatch.Store.Articles;

namespace Flowwatch.Application;

/// <summary>
/// Reads files and folders into the store, one transaction per file: a file with any error is refused
/// whole and the store stays as it was; a file seen before (same SHA-256) changes nothing.
/// </summary>
public sealed class Ingestion
{
    // News articles (.md, .txt, .html that open with front matter) are read when an article store is given.
    private static readonly HashSet<string> DataExtensions = new([".csv", ".tsv", ".xlsx", ".xls", ".json", .. ArticleReader.ArticleExtensions], StringComparer.OrdinalIgnoreCase);

    private readonly IObservationStore _store;
    private readonly ArticleIngestion? _articles;

    /// <summary>Ingestion into <paramref name="store"/>.</summary>
    public Ingestion(IObservationStore store) => _store = store;

    /// <summary>Ingestion of figures into <paramref name="store"/> and of news articles into <paramref name="articles"/>.</summary>
    public Ingestion(IObservationStore store, IArticleStore articles)
    {
        _store = store;
        _articles = new ArticleIngestion(articles, store);
    }

    /// <summary>The files a list of paths names: files as given, folders searched recursively, in a stable order.</summary>
    /// <exception cref="SourceException">A path does not exist.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) => ExpandTargets(paths).Select(t => t.Path).ToList();

    /// <summary>The files a list of paths names, each marked as named on its own or found in a folder.</summary>
    /// <exception cref="SourceException">A path does not exist, or a folder holds no file of a data kind.</exception>
    public static IReadOnlyList<IngestTarget> ExpandTargets(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<IngestTarget>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                // In a folder, only files of the kinds Flowwatch reads: a README beside the data is not an error.
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.') && DataExtensions.Contains(System.IO.Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new SourceException($"{path}: the folder holds no data files (.csv, .tsv, .xlsx, .xls, .json, .txt) and no articles (.md, .txt, .html).");
                }

                files.AddRange(found.Select(f => new IngestTarget(f, FoundInFolder: true)));
            }
            else if (File.Exists(path))
            {
                files.Add(new IngestTarget(path, FoundInFolder: false));
            }
            else
            {
                throw new SourceException($"{path}: no such file or folder.");
            }
        }

        return files;
    }

    /// <summary>Ingests every file, each named on its own (a file that is not data is an error).</summary>
    public IReadOnlyList<FileOutcome> IngestFiles(IReadOnlyList<string> files, Action<string>? onFile = null, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        return IngestFiles(files.Select(f => new IngestTarget(f, FoundInFolder: false)).ToList(), IngestOptions.Default, onFile, progress);
    }

    /// <summary>
    /// Ingests every file, citation lists first so that the figures beside them resolve their citations. A
    /// figures file beside a citation list that was refused is refused too: its citations cannot be trusted.
    /// </summary>
    /// <param name="files">The files (see <see cref="ExpandTargets"/>).</param>
    /// <param name="options">Whether to mark everything synthetic.</param>
    /// <param name="onFile">Told as each file starts (its path).</param>
    /// <param name="progress">Told of rows written within a file.</param>
    public IReadOnlyList<FileOutcome> IngestFiles(IReadOnlyList<IngestTarget> files, IngestOptions options, Action<string>? onFile = null, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        var outcomes = new List<FileOutcome>();
        var catalogs = new Dictionary<string, CitationCatalog>(StringComparer.Ordinal);
        var refusedLists = new Dictionary<string, string>(StringComparer.Ordinal);
        var loaded = new List<(IngestTarget Target, SourceFile File)>();
        var articles = new List<(IngestTarget Target, SourceFile File)>();

        foreach (IngestTarget target in files)
        {
            string path = target.Path;
            SourceFile file;
            try
            {
                file = SourceFile.Load(path);
            }
            catch (Exception e) when (e is SourceException or IOException)
            {
                outcomes.Add(Unreadable(path, e));
                continue;
            }

            if (CitationCatalog.IsCatalog(file))
            {
                ReadCatalog(path, file);
            }
            else if (ArticleReader.IsArticle(file))
            {
                // Articles are checked against the figures: they go after every data file of this run.
                articles.Add((target, file));
            }
            else
            {
                loaded.Add((target, file));
            }
        }

        // A file named on its own is read with the citation list beside it, as it would be if its folder were named.
        foreach (string folder in loaded.Where(l => !l.Target.FoundInFolder).Select(l => FolderOf(l.Target.Path)).Distinct(StringComparer.Ordinal).ToList())
        {
            string beside = System.IO.Path.Combine(folder, CitationCatalog.FileName);
            if (!catalogs.ContainsKey(folder) && !refusedLists.ContainsKey(folder) && File.Exists(beside))
            {
                try
                {
                    ReadCatalog(beside, SourceFile.Load(beside));
                }
                catch (Exception e) when (e is SourceException or IOException)
                {
                    refusedLists[folder] = beside;
                    outcomes.Add(Unreadable(beside, e));
                }
            }
        }

        foreach ((IngestTarget target, SourceFile file) in loaded)
        {
            onFile?.Invoke(target.Path);
            if (refusedLists.TryGetValue(FolderOf(target.Path), out string? list))
            {
                outcomes.Add(new FileOutcome(target.Path, "", null,
                    [new Diagnostic(DiagnosticSeverity.Error, SourceMessages.UnknownCitationCode, file.Name, "", $"the citation list beside it ({list}) was refused; fix it and ingest both again.")]));
                continue;
            }

            CitationCatalog catalog = catalogs.TryGetValue(FolderOf(target.Path), out CitationCatalog? c) ? c : CitationCatalog.Empty;
            try
            {
                outcomes.Add(target.FoundInFolder && SourceFormats.ReaderFor(file, catalog) is null
                    ? new FileOutcome(target.Path, "", null, []) { IsSkipped = true }
                    : IngestOne(target.Path, file, catalog, progress, options));
            }
            catch (SourceException e)
            {
                // Too large to read whole, or changed on disk while it was read: this file is refused, the others go on.
                outcomes.Add(Unreadable(target.Path, e));
            }
        }

        foreach ((IngestTarget target, SourceFile file) in articles)
        {
            onFile?.Invoke(target.Path);
            if (_articles is null)
            {
                outcomes.Add(new FileOutcome(target.Path, "", null, target.FoundInFolder ? [] : [SourceFormats.UnknownFormat(file)]) { IsSkipped = target.FoundInFolder });
                continue;
            }

            try
            {
                outcomes.Add(_articles.IngestOne(target.Path, file));
            }
            catch (SourceException e)
            {
                outcomes.Add(Unreadable(target.Path, e));
            }
        }

        return outcomes;

        void ReadCatalog(string path, SourceFile file)
        {
            onFile?.Invoke(path);
            (CitationCatalog catalog, IReadOnlyList<Diagnostic> problems) = CitationCatalog.Read(file);
            if (problems.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                refusedLists[FolderOf(path)] = path;
            }
            else
            {
                catalogs[FolderOf(path)] = catalog;
            }

            outcomes.Add(new FileOutcome(path, "citation-list", null, problems, IsCitationList: true));
        }
    }

    /// <summary>Ingests one file already in memory.</summary>
    /// <param name="path">The file as given, for messages.</param>
    /// <param name="file">Its bytes.</param>
    /// <param name="catalog">The citation list beside it.</param>
    /// <param name="progress">Told of rows written.</param>
    /// <param name="options">Whether to mark it synthetic.</param>
    public FileOutcome IngestOne(string path, SourceFile file, CitationCatalog catalog, IProgress<int>? progress = null, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= IngestOptions.Default;
        IObservationReader? reader = SourceFormats.ReaderFor(file, catalog);
        string? citationList = reader is TidyCsvReader ? catalog.Sha256 : null;
        if (_store.IsUnchanged(file.Sha256, citationList))
        {
            var doc = new SourceDocument(file.Sha256, file.Name, "", "", null);
            return new FileOutcome(path, "", new IngestOutcome(doc, IngestStatus.Unchanged, 0, 0, []), []);
        }

        if (reader is null)
        {
            return new FileOutcome(path, "", null, [SourceFormats.UnknownFormat(file)]);
        }

        if (reader is IStreamingObservationReader streaming)
        {
            return IngestStreamed(path, file, streaming, catalog, citationList, progress, options);
        }

        ReadResult result = reader.Read(file);
        if (result.HasErrors)
        {
            return new FileOutcome(path, reader.Format, null, result.Diagnostics);
        }

        bool synthetic = options.Synthetic || SyntheticMarker.IsMarked(file)
            || result.Observations.Any(o => o.Provenance.Citations.Any(c => catalog.IsSynthetic(c.Id)));
        result = result with { Document = result.Document with { Synthetic = synthetic, CitationList = citationList } };
        result = WithDifferences(result, reader.Format);
        return new FileOutcome(path, reader.Format, _store.Ingest(result.Accepted(), progress), result.Diagnostics);
    }

    /// <summary>
    /// Reads and writes a file in bounded batches inside its one transaction: a problem found anywhere in it, or a
    /// figure it states twice, leaves the store as it was, with the same messages as a whole read gives.
    /// </summary>
    private FileOutcome IngestStreamed(string path, SourceFile file, IStreamingObservationReader reader, CitationCatalog catalog, string? citationList, IProgress<int>? progress, IngestOptions options)
    {
        using FigureStream read = reader.Open(file);
        if (read.HasErrors)
        {
            // The encoding, the shape or the header: nothing to write.
            return new FileOutcome(path, reader.Format, null, read.Diagnostics);
        }

        var figures = new StreamedFigures(read, catalog, options.Synthetic || SyntheticMarker.IsMarked(file), citationList);
        IngestOutcome stored = _store.Ingest(figures, progress);
        IReadOnlyList<Diagnostic> diagnostics = figures.Diagnostics(stored.Duplicates);
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            ? new FileOutcome(path, reader.Format, null, diagnostics)
            : new FileOutcome(path, reader.Format, stored, diagnostics);
    }

    /// <summary>
    /// For a year-to-date table (January to September), adds the periods it closes against the releases
    /// already in the store (September minus June is Q3), and those that a release already stored closes
    /// against this one, so that the order files arrive in does not matter. A derived figure never shadows
    /// a published one.
    /// </summary>
    private ReadResult WithDifferences(ReadResult result, string format)
    {
        if (!format.StartsWith("fsb-table", StringComparison.Ordinal) || !result.Observations.Any(o => CumulativeDifferencing.IsCumulative(o.Period)))
        {
            return result;
        }

        var stored = result.Observations.Select(o => o.Key.Dataset).Distinct()
            .SelectMany(d => _store.Current(new ObservationQuery { Dataset = d, IncludeSynthetic = result.Document.Synthetic }))
            .ToList();
        IReadOnlyList<Observation> forward = CumulativeDifferencing.Derive(result.Observations, stored, out IReadOnlyList<Diagnostic> notes);
        IReadOnlyList<Observation> backward = CumulativeDifferencing.Derive(stored, result.Observations, out _);
        var taken = new HashSet<(SeriesKey, Period)>(result.Observations.Select(o => (o.Key, o.Period)));
        taken.UnionWith(stored.Where(o => o.Flag != ObservationFlag.Derived).Select(o => (o.Key, o.Period)));
        var derived = forward.Concat(backward).Where(o => taken.Add((o.Key, o.Period))).ToList();
        return result with
        {
            Observations = [.. result.Observations, .. derived],
            Diagnostics = [.. result.Diagnostics, .. notes],
        };
    }

    /// <summary>Loads the bundled figures; does nothing when they are already in the store with the same citation list.</summary>
    public FileOutcome IngestBundled()
    {
        SourceFile file = BundledData.Observations;
        if (_store.IsUnchanged(file.Sha256, BundledData.Citations.Sha256))
        {
            return new FileOutcome("(bundled) " + file.Name, "tidy-csv", new IngestOutcome(new SourceDocument(file.Sha256, file.Name, "tidy-csv", "", null), IngestStatus.Unchanged, 0, 0, []), []);
        }

        ReadResult result = BundledData.Read();
        return result.HasErrors
            ? new FileOutcome("(bundled) " + file.Name, "tidy-csv", null, result.Diagnostics)
            : new FileOutcome("(bundled) " + file.Name, "tidy-csv", _store.Ingest(result.Accepted()), result.Diagnostics);
    }

    /// <summary>A file refused before any reader could judge its content: missing, unreadable, or too large to read whole.</summary>
    private static FileOutcome Unreadable(string path, Exception e) =>
        new(path, "", null, [new Diagnostic(DiagnosticSeverity.Error, SourceMessages.CorruptCode, path, "", e.Message)]);

    private static string FolderOf(string path) => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? "";
}
