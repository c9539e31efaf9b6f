using System.Text;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Reads Korean names written in Russian Cyrillic by the Kontsevich system (the Russian standard for
/// Korean: Ким Чен Ын, Ли, Пак, Чхве) back into Latin letters that <see cref="Romanization.Key"/> folds
/// like McCune-Reischauer: чх = ch', кх = k', тх = t', пх = p', чж = j, ы = ŭ, о = ŏ/o, ё = yŏ/yo, э = ae,
/// ве = we. Kontsevich writes the finals ㄴ and ㅇ both as н, so a Cyrillic query is compared with
/// <see cref="Romanization.NasalKey"/>.
/// </summary>
public static class KontsevichCyrillic
{
    /// <summary>The text with Cyrillic letters written in Latin; other characters kept.</summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length * 2);
        for (int i = 0; i < text.Length; i++)
        {
            char c = char.ToLowerInvariant(text[i]);
            char next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : '\0';
            bool upper = char.IsUpper(text[i]);
            string latin;
            if (next == 'х' && c is 'ч' or 'к' or 'т' or 'п')
            {
                latin = c switch { 'ч' => "ch", 'к' => "k", 'т' => "t", _ => "p" };
                i++;
            }
            else if (c == 'ч' && next == 'ж')
            {
                latin = "j";
                i++;
            }
            else if (c == 'н' && next == 'ъ')
            {
                latin = "ng";
                i++;
            }
            else
            {
                latin = Letter(c) ?? text[i].ToString();
            }

            CyrillicLetters.AppendCased(sb, latin, upper);
        }

        return sb.ToString();
    }

    /// <summary>Kontsevich's own letters; the rest as every reading writes them (<see cref="CyrillicLetters.Common"/>).</summary>
    private static string? Letter(char c) => c switch
    {
        'в' => "w",
        'г' => "g",
        'ё' => "yo",
        'ж' => "j",
        'з' => "j",
        'и' => "i",
        'й' => "y",
        'ф' => "p",
        'х' => "h",
        'щ' => "sh",
        'ъ' => "",
        'ы' => "u",
        'э' => "ae",
        'ю' => "yu",
        'я' => "ya",
        _ => CyrillicLetters.Common(c),
    };
}
