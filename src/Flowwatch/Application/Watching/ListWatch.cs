using Flowwatch.Analysis.Sanctions;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Sources.Sanctions;
using Flowwatch.Store;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Application.Watching;

/// <summary>
/// The sanctions-list part of a watch pass: list files that land in the watched folders, in every format
/// <c>sanctions load</c> reads and told by their content as it tells them (<see cref="SanctionsReader.LooksLikeList"/>: the
/// UN, OFAC and EU XML lists, FollowTheMoney JSON lines, whatever the file is called), and every other <c>.xml</c> file
/// (refused and logged when it is not a list), are loaded as new list versions through <see cref="SanctionsLists"/>; the
/// ingestion of data files leaves them alone (<see cref="IsList"/>). Each version the last scan had not seen is
/// compared (<see cref="SanctionsDiff"/>) with the newest one it had. The versions a scan saw are kept in its
/// <see cref="WatchSnapshot.Sources"/> as <c>list:SHA-256</c>, so the comparison and its alerts are recorded in the same
/// transaction as the scan, and a pass killed before recording computes them again with the same keys.
/// </summary>
internal sealed class ListWatch
{
    private const string Prefix = "list:";

    private readonly ISanctionsStore _store;
    private readonly FileSettling _settling;
    /// <summary>How much of a file is read to tell whether it is a list.</summary>
    private const int HeadBytes = 8192;

    private readonly HashSet<(string Path, long Size, DateTime Modified)> _read = [];
    private readonly Dictionary<(string Path, long Size, DateTime Modified), bool> _looked = [];

    public ListWatch(ISanctionsStore store, TimeSpan settle, TimeProvider clock)
    {
        _store = store;
        _settling = new FileSettling(settle, clock);
    }

    /// <summary>Loads the settled list files not read before; a refused file is tried again when it changes.</summary>
    public (IReadOnlyList<SanctionsLoadOutcome> Loaded, IReadOnlyList<string> Changing) LoadReady(IReadOnlyList<string> folders)
    {
        var files = folders.Where(Directory.Exists).SelectMany(ListFiles).ToList();
        (IReadOnlyList<string> settled, IReadOnlyList<string> changing) = _settling.Look(files);
        var lists = new SanctionsLists(_store);
        var loaded = new List<SanctionsLoadOutcome>();
        foreach (string path in settled)
        {
            var info = new FileInfo(path);
            if (!_read.Add((path, info.Length, info.LastWriteTimeUtc)))
            {
                continue;
            }

            try
            {
                loaded.Add(lists.Load(path));
            }
            catch (Exception e) when (e is SourceException or IOException or StoreException)
            {
                loaded.Add(new SanctionsLoadOutcome(path, null, [new Diagnostic(DiagnosticSeverity.Error, SourceMessages.CorruptCode, path, "", e.Message)]));
            }
        }

        return (loaded, changing);
    }

    /// <summary>The stored versions as a scan's sources record them.</summary>
    public IEnumerable<string> Tokens() => _store.Versions().Select(v => Prefix + v.Document.Sha256);

    /// <summary>
    /// The alerts for the versions stored since <paramref name="lastSources"/> was recorded, each compared with the one
    /// before it. None when the last scan saw no list (the first version watched is the baseline, as the first scan is),
    /// and none for a version generated before the newest one seen (a late copy of an old list is not news).
    /// </summary>
    public IReadOnlyList<AlertRecord> Changes(IReadOnlyList<string> lastSources, Uri site, DateTimeOffset at)
    {
        var seen = lastSources.Where(s => s.StartsWith(Prefix, StringComparison.Ordinal)).Select(s => s[Prefix.Length..]).ToHashSet(StringComparer.Ordinal);
        var lists = new SanctionsLists(_store);
        var alerts = new List<AlertRecord>();

        // Each list on its own: a new version is compared with the newest seen version of the same list (publisher and
        // format), never with another list's; a list the last scan never saw gets its baseline now, without alerts.
        foreach (IGrouping<string, SanctionsListVersion> list in _store.Versions().GroupBy(v => SanctionsList.ListNameOf(v.Document), StringComparer.Ordinal))
        {
            SanctionsListVersion? current = list.LastOrDefault(v => seen.Contains(v.Document.Sha256));
            if (current is null)
            {
                continue;
            }

            foreach (SanctionsListVersion next in list.Where(v => !seen.Contains(v.Document.Sha256) && v.Generated >= current.Generated))
            {
                alerts.AddRange(ListAlertComposer.Compose(lists.Diff(current, next), current, next, site, at));
                current = next;
            }
        }

        return alerts;
    }

    /// <summary>
    /// Whether the watch reads <paramref name="path"/> as a sanctions list rather than as data or an article: an
    /// <c>.xml</c> file (no data format is XML), or a file whose first kilobytes look like a list. Remembered per size and
    /// modification time, so an unchanged file is read once.
    /// </summary>
    public bool IsList(string path)
    {
        if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var info = new FileInfo(path);
        (string, long, DateTime) key = (path, info.Length, info.LastWriteTimeUtc);
        if (_looked.TryGetValue(key, out bool list))
        {
            return list;
        }

        bool? looks = LooksLikeList(path);
        if (looks is bool known)
        {
            _looked[key] = known;
        }

        return looks ?? false;
    }

    /// <summary>Whether the file's head looks like a list; null when it cannot be read now.</summary>
    private static bool? LooksLikeList(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            byte[] head = new byte[HeadBytes];
            int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return SanctionsReader.LooksLikeList(head.AsSpan(0, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file that cannot be opened now (still being written, removed) is looked at again in the next pass.
            return null;
        }
    }

    private IEnumerable<string> ListFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')) && IsList(f))
            .Order(StringComparer.Ordinal);
}
