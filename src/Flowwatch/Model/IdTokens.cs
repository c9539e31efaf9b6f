using System.Collections.Concurrent;

namespace Flowwatch.Model;

/// <summary>Validation and interning of the lower-case tokens that name datasets and categories.</summary>
internal static class IdTokens
{
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static bool IsToken(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 100 || !char.IsAsciiLetterOrDigit(s[0]))
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // Millions of rows share a few dozen tokens; one string each keeps memory flat.
    public static string Intern(ReadOnlySpan<char> s)
    {
        var lookup = Pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(s, out string? existing))
        {
            return existing;
        }

        string made = s.ToString();
        return Pool.GetOrAdd(made, made);
    }
}
