using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Sources.Sanctions;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Application.Sanctions;

/// <summary>The list use cases: load a list file as a new version, load the bundled one, find the current one, compare two.</summary>
public sealed class SanctionsLists
{
    private readonly ISanctionsStore _store;

    /// <summary>Use cases over <paramref name="store"/>.</summary>
    public SanctionsLists(ISanctionsStore store) => _store = store;

    /// <summary>The share of the previous version's records below which a new version is refused without <c>acceptShrink</c>.</summary>
    public const double ShrinkFloor = 0.9;

    /// <summary>Reads the list file at <paramref name="path"/> and stores it as a version, all or nothing.</summary>
    /// <exception cref="SourceException">The file is missing, unreadable or too large.</exception>
    public SanctionsLoadOutcome Load(string path, bool acceptShrink = false) => Load(path, SourceFile.Load(path), acceptShrink);

    /// <summary>Reads a list file (any format <see cref="SanctionsReader"/> reads) and stores it as a version, all or nothing.</summary>
    /// <param name="path">The file as named, for messages.</param>
    /// <param name="file">The file.</param>
    /// <param name="acceptShrink">
    /// Store it even when it holds fewer than <see cref="ShrinkFloor"/> of the records of the previous version of the
    /// same list (same publisher and format; never another list), which is how a file cut short but well closed looks;
    /// the outcome then carries a warning.
    /// </param>
    public SanctionsLoadOutcome Load(string path, SourceFile file, bool acceptShrink = false)
    {
        ArgumentNullException.ThrowIfNull(file);
        SanctionsReadResult read = SanctionsReader.Read(file);
        if (read.HasErrors)
        {
            return new SanctionsLoadOutcome(path, null, read.Diagnostics);
        }

        SanctionsList list = read.List!;
        var diagnostics = read.Diagnostics.ToList();
        SanctionsListVersion? previous = _store.Versions()
            .Where(v => v.Document.Sha256 != list.Document.Sha256 && SanctionsList.ListNameOf(v.Document) == list.ListName && v.Generated <= list.Generated)
            .LastOrDefault();
        if (previous is not null && list.Parties.Count < previous.Entries * ShrinkFloor)
        {
            if (!acceptShrink)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, SanctionsMessages.ShrinkCode, file.Name, "", SanctionsMessages.Shrunk(list.Parties.Count, previous.Entries, previous.Generated, previous.Document.Sha256)));
                return new SanctionsLoadOutcome(path, null, diagnostics);
            }

            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, SanctionsMessages.ShrinkCode, file.Name, "", SanctionsMessages.ShrunkAccepted(list.Parties.Count, previous.Entries)));
        }

        return new SanctionsLoadOutcome(path, _store.Ingest(list), diagnostics);
    }

    /// <summary>Stores the bundled list unless a version is already stored; returns what it did.</summary>
    public SanctionsLoadOutcome LoadBundled()
    {
        SourceFile file = BundledSanctionsList.File();
        SanctionsListVersion? stored = _store.Versions().FirstOrDefault(v => v.Document.Sha256 == file.Sha256);
        return stored is not null
            ? new SanctionsLoadOutcome("(bundled) " + file.Name, new SanctionsIngestOutcome(stored, Store.IngestStatus.Unchanged), [])
            : Load("(bundled) " + file.Name, file);
    }

    /// <summary>The latest version (by date generated) of every stored list, loading the bundled list first if the store has none.</summary>
    public IReadOnlyList<SanctionsList> Current()
    {
        if (_store.Versions().Count == 0)
        {
            LoadBundled();
        }

        return Latest(_store.Versions());
    }

    /// <summary>
    /// The latest stored version of every list for a reader that must not write (the server): when the store holds none,
    /// the bundled list as read from the package, without storing it.
    /// </summary>
    public IReadOnlyList<SanctionsList> LatestOrBundled()
    {
        IReadOnlyList<SanctionsListVersion> versions = _store.Versions();
        if (versions.Count > 0)
        {
            return Latest(versions);
        }

        SanctionsReadResult read = UnListReader.Read(BundledSanctionsList.File());
        return [read.List ?? throw new InvalidOperationException("The bundled UN list does not read: " + string.Join("; ", read.Diagnostics))];
    }

    /// <summary>The newest version of each list (publisher and format), the lists by the date of their oldest stored version.</summary>
    private List<SanctionsList> Latest(IReadOnlyList<SanctionsListVersion> versions) =>
        versions.GroupBy(v => SanctionsList.ListNameOf(v.Document), StringComparer.Ordinal)
            .Select(g => _store.Load(g.Last().Document.Sha256) ?? throw new InvalidOperationException("The latest list version vanished while it was read."))
            .ToList();

    /// <summary>The version stored before <paramref name="version"/> of the same list, or null when it is the first.</summary>
    public SanctionsListVersion? Previous(SanctionsListVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        string list = SanctionsList.ListNameOf(version.Document);
        return _store.Versions().TakeWhile(v => v.Document.Sha256 != version.Document.Sha256).LastOrDefault(v => SanctionsList.ListNameOf(v.Document) == list);
    }

    /// <summary>The version a user names by a prefix of its SHA-256 or its file name; null if none or several.</summary>
    public SanctionsListVersion? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hits = _store.Versions().Where(v => v.Document.Sha256.StartsWith(name, StringComparison.OrdinalIgnoreCase) || v.Document.FileName == name).ToList();
        return hits.Count == 1 ? hits[0] : null;
    }

    /// <summary>The stored versions, oldest first.</summary>
    public IReadOnlyList<SanctionsListVersion> Versions() => _store.Versions();

    /// <summary>
    /// The entries the newest stored version of their list lacks, each with the last version that listed it and the version
    /// that removed it, by reference number. Reads every stored version once, list by list (a version of another list
    /// never removes anything): an entry removed and listed again later is not removed.
    /// </summary>
    public IReadOnlyDictionary<string, RemovedEntry> Removed()
    {
        var removed = new Dictionary<string, RemovedEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (IGrouping<string, SanctionsListVersion> list in _store.Versions().GroupBy(v => SanctionsList.ListNameOf(v.Document), StringComparer.Ordinal))
        {
            RemovedFrom(list.ToList(), removed);
        }

        return removed;
    }

    private void RemovedFrom(IReadOnlyList<SanctionsListVersion> versions, Dictionary<string, RemovedEntry> removed)
    {
        SanctionsList? previous = null;
        SanctionsListVersion? previousVersion = null;
        foreach (SanctionsListVersion version in versions)
        {
            SanctionsList list = _store.Load(version.Document.Sha256) ?? throw new InvalidOperationException("A stored list version vanished while it was read.");
            var listed = list.Parties.Select(p => p.Reference).ToHashSet(StringComparer.Ordinal);
            foreach (string reference in listed)
            {
                removed.Remove(reference);
            }

            if (previous is not null)
            {
                foreach (DesignatedParty gone in previous.Parties.Where(p => !listed.Contains(p.Reference)))
                {
                    removed[gone.Reference] = new RemovedEntry(gone, previousVersion!, version);
                }
            }

            (previous, previousVersion) = (list, version);
        }
    }

    /// <summary>Compares two stored versions of one list.</summary>
    /// <exception cref="ArgumentException">The two versions belong to different lists (publisher or format).</exception>
    public SanctionsDiff Diff(SanctionsListVersion older, SanctionsListVersion newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        if (SanctionsList.ListNameOf(older.Document) != SanctionsList.ListNameOf(newer.Document))
        {
            throw new ArgumentException($"{older.Document.FileName} is a version of {SanctionsList.ListNameOf(older.Document)} and {newer.Document.FileName} of {SanctionsList.ListNameOf(newer.Document)}; only two versions of one list compare.", nameof(newer));
        }

        return SanctionsDiff.Compare(_store.Load(older.Document.Sha256)!, _store.Load(newer.Document.Sha256)!);
    }
}
