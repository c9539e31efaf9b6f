namespace Flowwatch.Application.Watching;

/// <summary>
/// Tells which files have stopped changing, so that a file still being written is not read half-way. A file is
/// settled when its size and modification time have not moved for the settle time: either it was last modified
/// that long ago when first seen, or two looks that far apart saw the same size and time.
/// </summary>
public sealed class FileSettling
{
    private readonly Dictionary<string, (long Size, DateTime Modified, DateTimeOffset Since)> _looks = new(StringComparer.Ordinal);
    private readonly TimeSpan _settle;
    private readonly TimeProvider _clock;

    /// <summary>A tracker that waits <paramref name="settle"/> of quiet before it calls a file settled.</summary>
    public FileSettling(TimeSpan settle, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _settle = settle;
        _clock = clock;
    }

    /// <summary>Looks at <paramref name="files"/> and splits them into settled and still changing.</summary>
    public (IReadOnlyList<string> Settled, IReadOnlyList<string> Changing) Look(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        DateTimeOffset now = _clock.GetUtcNow();
        var settled = new List<string>();
        var changing = new List<string>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in files)
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                continue;
            }

            present.Add(path);
            (long size, DateTime modified) = (info.Length, info.LastWriteTimeUtc);
            if (!_looks.TryGetValue(path, out var seen) || seen.Size != size || seen.Modified != modified)
            {
                // Quiet is counted from the modification time (a clock ahead of ours counts from now), so a file that
                // was finished long ago settles at first sight and one being written waits.
                var stamp = new DateTimeOffset(modified, TimeSpan.Zero);
                seen = (size, modified, stamp < now ? stamp : now);
                _looks[path] = seen;
            }

            (now - seen.Since >= _settle ? settled : changing).Add(path);
        }

        foreach (string gone in _looks.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _looks.Remove(gone);
        }

        return (settled, changing);
    }
}
