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

    /// <summary>Reads a list file and stores it as a version, all or nothing.</summary>
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
        SanctionsReadResult read = UnListReader.Read(file);
        if (read.HasErrors)
        {
            return new SanctionsLoadOutcome(path, null, read.Diagnostics);
        }

        SanctionsList list = read.List!;
        var diagnostics = read.Diagnostics.ToList();
        SanctionsListVersion? previous = _store.Versions()
            .Where(v => v.Document.Sha256 != list.Document.Sha256 && v.Document.Publisher == list.Document.Publisher && v.Document.Format == list.Document.Format && v.Generated <= list.Generated)
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

    /// <summary>The latest version (by date generated), loading the bundled list first if the store has none.</summary>
    public SanctionsList Current()
    {
        IReadOnlyList<SanctionsListVersion> versions = _store.Versions();
        if (versions.Count == 0)
        {
            LoadBundled();
            versions = _store.Versions();
        }

        return _store.Load(versions[^1].Document.Sha256) ?? throw new InvalidOperationException("The latest list version vanished while it was read.");
    }

    /// <summary>
    /// The latest stored version for a reader that must not write (the server): when the store holds none, the
    /// bundled list as read from the package, without storing it.
    /// </summary>
    public SanctionsList LatestOrBundled()
    {
        IReadOnlyList<SanctionsListVersion> versions = _store.Versions();
        if (versions.Count > 0)
        {
            return _store.Load(versions[^1].Document.Sha256) ?? throw new InvalidOperationException("The latest list version vanished while it was read.");
        }

        SanctionsReadResult read = UnListReader.Read(BundledSanctionsList.File());
        return read.List ?? throw new InvalidOperationException("The bundled UN list does not read: " + string.Join("; ", read.Diagnostics));
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
    /// The entries the newest stored version lacks, each with the last version that listed it and the version that removed
    /// it, by reference number. Reads every stored version once: an entry removed and listed again later is not removed.
    /// </summary>
    public IReadOnlyDictionary<string, RemovedEntry> Removed()
    {
        IReadOnlyList<SanctionsListVersion> versions = _store.Versions();
        var removed = new Dictionary<string, RemovedEntry>(StringComparer.OrdinalIgnoreCase);
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

        return removed;
    }

    /// <summary>Compares two stored versions.</summary>
    public SanctionsDiff Diff(SanctionsListVersion older, SanctionsListVersion newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return SanctionsDiff.Compare(_store.Load(older.Document.Sha256)!, _store.Load(newer.Document.Sha256)!);
    }
}
