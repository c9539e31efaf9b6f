using System.Text;
using AnyAscii;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// Reads a name in any script into Latin letters, once per way the script is romanized for names: Hangul by the
/// Revised Romanization; Cyrillic as a Korean name in Kontsevich, as written in passports (ICAO Doc 9303, the
/// table Russia, Ukraine, Belarus and Kazakhstan print in passports) and in the English-language official style
/// (BGN/PCGN, by AnyAscii); every other script (Arabic, Persian, Chinese characters through their Mandarin
/// readings, Japanese kana, Greek, Armenian, Georgian, Devanagari ...) by AnyAscii.
/// </summary>
internal static class NameScripts
{
    private static readonly System.Buffers.SearchValues<char> EastSlavic = System.Buffers.SearchValues.Create("іїєґўІЇЄҐЎ");
    private static readonly System.Buffers.SearchValues<char> RussianOnly = System.Buffers.SearchValues.Create("ыэъЫЭЪ");

    /// <summary>The Latin readings of <paramref name="text"/>: the text itself when it is Latin already.</summary>
    /// <param name="text">The name as written.</param>
    /// <param name="personName">Whether a Hangul word is a person's name (family name first); null when unknown, which reads it both ways.</param>
    public static IReadOnlyList<NameReading> Readings(string text, bool? personName)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool hangul = false, cyrillic = false, other = false, abjad = false;
        foreach (char c in text)
        {
            if (c < 0x250)
            {
                continue;
            }

            if (c is >= '\uAC00' and <= '\uD7A3')
            {
                hangul = true;
            }
            else if (c is >= '\u0400' and <= '\u052F')
            {
                cyrillic = true;
            }
            else if (IsAbjad(c))
            {
                abjad = other = true;
            }
            else if (char.IsLetter(c))
            {
                other = true;
            }
        }

        if (!hangul && !cyrillic && !other)
        {
            return [new NameReading(text, "", false, false)];
        }

        if (hangul && personName is null && !cyrillic)
        {
            return [.. Readings(text, true), .. Readings(text, false)];
        }

        string latin = text;
        string note = "";
        if (hangul)
        {
            bool person = personName ?? true;
            latin = person ? HangulRomanizer.Romanize(latin, true) : EntityGlossary.ReadHangul(latin);
            note = $"Hangul read as '{latin}' (Revised Romanization{(person ? "" : ", common entity words in English")}). ";
        }

        if (cyrillic && personName != true && EntityGlossary.HasCyrillicWord(latin))
        {
            latin = EntityGlossary.TranslateCyrillic(latin);
            note += $"Common entity words read in English: '{latin}'. ";
        }

        if (!cyrillic)
        {
            if (other)
            {
                string ascii = latin.Transliterate();
                note += $"{ScriptName(text)} read as '{ascii}'{(abjad ? " (consonants compared, as the script writes few vowels)" : "")}. ";
                latin = ascii;
            }

            return [new NameReading(latin, note, false, abjad)];
        }

        string korean = KontsevichCyrillic.ToLatin(latin);
        string passport = Icao(latin);
        string official = latin.Transliterate();
        var readings = new List<NameReading>(3)
        {
            new(passport, note + $"Cyrillic read as '{passport}' (ICAO passport transliteration). ", false, false),
        };
        if (!string.Equals(official, passport, StringComparison.OrdinalIgnoreCase))
        {
            readings.Add(new(official, note + $"Cyrillic read as '{official}' (BGN/PCGN). ", false, false));
        }

        readings.Add(new(korean, note + $"Cyrillic read as '{korean}' (Kontsevich, as a Korean name; final н is n or ng). ", true, false));
        return readings;
    }

    /// <summary>Cyrillic in the ICAO Doc 9303 passport transliteration, with the Ukrainian, Belarusian, Kazakh, Serbian and Mongolian letters.</summary>
    public static string Icao(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Ukrainian and Belarusian write г as h (Hlib, Hrodna); Russian as g. The letters і, ї, є, ґ, ў say which.
        bool hForG = text.AsSpan().IndexOfAny(EastSlavic) >= 0 && text.AsSpan().IndexOfAny(RussianOnly) < 0;
        var sb = new StringBuilder(text.Length * 2);
        foreach (char ch in text)
        {
            char c = char.ToLowerInvariant(ch);
            string? latin = c switch
            {
                'в' => "v",
                'г' => hForG ? "h" : "g",
                'ґ' => "g",
                'ё' => "e",
                'є' => "ie",
                'ж' => "zh",
                'з' => "z",
                'и' => hForG ? "y" : "i",
                'і' => "i",
                'ї' => "i",
                'й' => "i",
                'ў' => "u",
                'ф' => "f",
                'х' => "kh",
                'щ' => "shch",
                'ъ' => "ie",
                'ы' => "y",
                'э' => "e",
                'ю' => "iu",
                'я' => "ia",
                'ә' => "a",
                'ғ' => "g",
                'қ' => "k",
                'ң' => "n",
                'ө' => "o",
                'ұ' => "u",
                'ү' => "u",
                'һ' => "h",
                'ђ' => "dj",
                'ј' => "j",
                'љ' => "lj",
                'њ' => "nj",
                'ћ' => "c",
                'џ' => "dz",
                'ѕ' => "dz",
                _ => CyrillicLetters.Common(c),
            };
            if (latin is null)
            {
                sb.Append(ch);
            }
            else
            {
                CyrillicLetters.AppendCased(sb, latin, char.IsUpper(ch));
            }
        }

        return sb.ToString();
    }

    private static bool IsAbjad(char c) =>
        c is >= '\u0590' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    private static string ScriptName(string text)
    {
        foreach (char c in text)
        {
            string? name = c switch
            {
                >= '\u0590' and <= '\u05FF' => "Hebrew",
                >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => "Arabic script",
                >= '\u0370' and <= '\u03FF' => "Greek",
                >= '\u0530' and <= '\u058F' => "Armenian",
                >= '\u10A0' and <= '\u10FF' => "Georgian",
                >= '\u0900' and <= '\u097F' => "Devanagari",
                >= '\u0980' and <= '\u09FF' => "Bengali",
                >= '\u0E00' and <= '\u0E7F' => "Thai",
                >= '\u1780' and <= '\u17FF' => "Khmer",
                >= '\u1200' and <= '\u137F' => "Ethiopic",
                >= '\u3040' and <= '\u30FF' => "Japanese kana",
                >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => "Chinese characters (Mandarin readings)",
                _ => null,
            };
            if (name is not null)
            {
                return name;
            }
        }

        return "The script";
    }
}
