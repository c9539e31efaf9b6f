using System.Text.RegularExpressions;
using Flowwatch.Sources.Fsb;

namespace Flowwatch.Sources.RussianTables;

/// <summary>
/// The form in which printed header labels are compared: <see cref="FsbLabels.Normalize"/> (lower case, ё as е,
/// single spaces) plus hyphenation undone, since Russian tables break words across lines in narrow columns
/// («миграцион- ного», «Прожива-ет»).
/// </summary>
internal static partial class HeaderText
{
    public static string Normalize(string label) => FsbLabels.Normalize(Hyphenation().Replace(label, ""));

    /// <summary>Whether a printed label is the expected one, or the expected one followed by a qualifier in brackets.</summary>
    public static bool Matches(string printed, string expected) =>
        printed == expected || (printed.StartsWith(expected, StringComparison.Ordinal) && printed.AsSpan(expected.Length).TrimStart().StartsWith("("));

    [GeneratedRegex(@"(?<=\p{Ll})-\s*(?=\p{Ll})")]
    private static partial Regex Hyphenation();
}
