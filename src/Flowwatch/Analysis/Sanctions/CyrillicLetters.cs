using System.Text;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// What the Cyrillic readings of names share (<see cref="NameScripts.Icao"/>, the passport transliteration, and
/// <see cref="KontsevichCyrillic"/>, Korean names in Russian): the letters both write alike, and how a Latin reading takes
/// the case of the letter it stands for. Each reading's own letters come first; these are its fallback.
/// </summary>
internal static class CyrillicLetters
{
    /// <summary>The Latin for a lower-case Cyrillic letter that every reading here writes the same way, or null.</summary>
    public static string? Common(char c) => c switch
    {
        'а' => "a",
        'б' => "b",
        'д' => "d",
        'е' => "e",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'ь' => "",
        _ => null,
    };

    /// <summary>Appends <paramref name="latin"/>, its first letter in upper case when the Cyrillic letter was (Пак = Pak).</summary>
    public static void AppendCased(StringBuilder sb, string latin, bool upper)
    {
        if (upper && latin.Length > 0)
        {
            sb.Append(char.ToUpperInvariant(latin[0])).Append(latin.AsSpan(1));
        }
        else
        {
            sb.Append(latin);
        }
    }
}
