using System.Globalization;
using System.Security.Cryptography;
using Flowwatch.Store;
using Flowwatch.Store.Articles;

namespace Flowwatch.Application;

/// <summary>
/// Takes files out of the store by what a person can name: a file on disk (by its content hash), a folder of
/// them, a SHA-256 or its first hex digits as <c>flowwatch sources</c> shows them, or a stored file name.
/// Data files and news articles are named the same way. All or nothing: when one name matches nothing, or
/// more than one file, nothing is removed.
/// </summary>
public static class SourceRemoval
{
    /// <summary>The data files the names match, or the one-line problem that stops the removal.</summary>
    public static bool TryResolve(IObservationStore store, IEnumerable<string> names, out IReadOnlyList<SourceRecord> matches, out string? problem) =>
        TryResolve(store, [], names, out matches, out _, out problem);

    /// <summary>The data files and the articles the names match, or the one-line problem that stops the removal.</summary>
    /// <param name="store">The figures' store.</param>
    /// <param name="articles">The stored articles (<see cref="IArticleStore.Articles"/>).</param>
    /// <param name="names">What the person named.</param>
    /// <param name="matches">The data files to remove.</param>
    /// <param name="articleMatches">The articles to remove.</param>
    /// <param name="problem">Why nothing is to be removed.</param>
    public static bool TryResolve(IObservationStore store, IReadOnlyList<StoredArticle> articles, IEnumerable<string> names,
        out IReadOnlyList<SourceRecord> matches, out IReadOnlyList<StoredArticle> articleMatches, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(names);
        // One list of what is stored, named by hash and file name whatever its kind, so that every rule below holds for both.
        List<Named> stored = [.. store.Sources().Select(s => new Named(s.Document.Sha256, s.Document.FileName, s)),
            .. articles.Select(a => new Named(a.Document.Sha256, a.Document.FileName, a))];
        var found = new List<Named>();
        matches = [];
        articleMatches = [];
        problem = null;
        foreach (string name in names)
        {
            if (Directory.Exists(name))
            {
                var hashes = Directory.EnumerateFiles(name, "*", SearchOption.AllDirectories).Select(Hash).ToHashSet(StringComparer.Ordinal);
                var inFolder = stored.Where(s => hashes.Contains(s.Sha256)).ToList();
                if (inFolder.Count == 0)
                {
                    problem = $"{name}: no file in this folder is in the store; `flowwatch sources` lists what is.";
                    return false;
                }

                found.AddRange(inFolder);
                continue;
            }

            List<Named> hits = File.Exists(name)
                ? stored.Where(s => s.Sha256 == Hash(name)).ToList()
                : IsHexPrefix(name)
                    ? stored.Where(s => s.Sha256.StartsWith(name.ToLowerInvariant(), StringComparison.Ordinal)).ToList()
                    : stored.Where(s => string.Equals(s.FileName, name, StringComparison.Ordinal)).ToList();
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
                    $"{name}: {hits.Count} stored files match ({string.Join(", ", hits.Select(h => h.Sha256[..16]))}); name one by its SHA-256.");
                return false;
            }

            found.Add(hits[0]);
        }

        var distinct = found.DistinctBy(s => s.Sha256).ToList();
        matches = [.. distinct.Select(s => s.Item).OfType<SourceRecord>()];
        articleMatches = [.. distinct.Select(s => s.Item).OfType<StoredArticle>()];
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

    private sealed record Named(string Sha256, string FileName, object Item);
}
