using System.Collections.Frozen;

namespace Flowwatch.Model;

/// <summary>The invariant lower-case codes of <see cref="Purpose"/> (<c>study</c>, <c>work</c>) and their parsing.</summary>
public static class PurposeCodes
{
    private static readonly FrozenDictionary<string, Purpose> ByCode =
        Enum.GetValues<Purpose>().ToFrozenDictionary(p => p.ToString().ToLowerInvariant(), p => p, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every code, in the order of <see cref="Purpose"/>.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<Purpose>().Select(p => p.ToString().ToLowerInvariant()).ToArray();

    /// <summary>The code of <paramref name="purpose"/>: <c>study</c> for <see cref="Purpose.Study"/>.</summary>
    public static string ToCode(this Purpose purpose) => All[(int)purpose];

    /// <summary>Parses a code, in any case. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> code, out Purpose purpose) =>
        ByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code.Trim(), out purpose);

    /// <summary>Parses a code.</summary>
    /// <exception cref="FormatException">Not a purpose; the message lists the codes.</exception>
    public static Purpose Parse(ReadOnlySpan<char> code) =>
        TryParse(code, out Purpose p) ? p : throw new FormatException(ModelMessages.NotAPurpose(code.ToString()));
}
