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

            sb.Append(upper && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
        }

        return sb.ToString();
    }

    private static string? Letter(char c) => c switch
    {
        'а' => "a",
        'б' => "b",
        'в' => "w",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "yo",
        'ж' => "j",
        'з' => "j",
        'и' => "i",
        'й' => "y",
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
        'ф' => "p",
        'х' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "sh",
        'ъ' => "",
        'ы' => "u",
        'ь' => "",
        'э' => "ae",
        'ю' => "yu",
        'я' => "ya",
        _ => null,
    };
}
