using System.Globalization;
using System.Security.Cryptography;
using Flowwatch.Store;

namespace Flowwatch.Application;

/// <summary>
/// Takes files out of the store by what a person can name: a file on disk (by its content hash), a folder of
/// them, a SHA-256 or its first hex digits as <c>flowwatch sources</c> shows them, or a stored file name.
/// All or nothing: when one name matches nothing, or more than one file, nothing is removed.
/// </summary>
public static class SourceRemoval
{
    /// <summary>The files the names match, or the one-line problem that stops the removal.</summary>
    public static bool TryResolve(IObservationStore store, IEnumerable<string> names, out IReadOnlyList<SourceRecord> matches, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(names);
        IReadOnlyList<SourceRecord> sources = store.Sources();
        var found = new List<SourceRecord>();
        matches = found;
        problem = null;
        foreach (string name in names)
        {
            if (Directory.Exists(name))
            {
                var hashes = Directory.EnumerateFiles(name, "*", SearchOption.AllDirectories).Select(Hash).ToHashSet(StringComparer.Ordinal);
                var inFolder = sources.Where(s => hashes.Contains(s.Document.Sha256)).ToList();
                if (inFolder.Count == 0)
                {
                    problem = $"{name}: no file in this folder is in the store; `flowwatch sources` lists what is.";
                    return false;
                }

                found.AddRange(inFolder);
                continue;
            }

            List<SourceRecord> hits = File.Exists(name)
                ? sources.Where(s => s.Document.Sha256 == Hash(name)).ToList()
                : IsHexPrefix(name)
                    ? sources.Where(s => s.Document.Sha256.StartsWith(name.ToLowerInvariant(), StringComparison.Ordinal)).ToList()
                    : sources.Where(s => string.Equals(s.Document.FileName, name, StringComparison.Ordinal)).ToList();
            if (hits.Count == 0)
            {
                problem = File.Exists(name)
                    ? $"{name}: this file (sha256 {Hash(name)[..16]}) is not in the store; `flowwatch sources` lists what is."
                    : IsShortHex(name)
                        ? string.Create(CultureInfo.InvariantCulture, $"{name}: {name.Length} hex digits are too few to name a stored file; give at least {MinPrefix} of its SHA-256, as `flowwatch sources` shows them.")
                        : $"{name}: no stored file has this SHA-256 or name; `flowwatch sources` lists what is.";
                return false;
            }

            if (hits.Count > 1)
            {
                problem = string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {hits.Count} stored files match ({string.Join(", ", hits.Select(h => h.Document.Sha256[..16]))}); name one by its SHA-256.");
                return false;
            }

            found.Add(hits[0]);
        }

        matches = found.DistinctBy(s => s.Document.Sha256).ToList();
        return true;
    }

    /// <summary>The fewest hex digits of a SHA-256 that name a stored file: fewer would match by chance in a large store.</summary>
    public const int MinPrefix = 8;

    private static bool IsHexPrefix(string text) =>
        text.Length >= MinPrefix && text.Length <= 64 && text.All(char.IsAsciiHexDigit);

    // Digits only, so a short prefix is told apart from a file name such as "fsb.csv" (a name of hex letters is rare).
    private static bool IsShortHex(string text) =>
        text.Length is > 0 and < MinPrefix && text.All(char.IsAsciiHexDigit) && text.Any(char.IsAsciiDigit);

    private static string Hash(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
