using System.Text;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>
/// The common words of entity names in Hangul and Cyrillic and the English words the lists write for them
/// (조선 Korea, 은행 Bank, 무역 Trading; Корея Korea, банк Bank, торговая Trading), read once from the embedded
/// <c>sanctions/entity-words.tsv</c>. An entity written in Hangul or Cyrillic is read with these words in English
/// and the rest transliterated, so that 조선광선은행 reads as "Korea Gwangseon Bank".
/// </summary>
internal static class EntityGlossary
{
    private static readonly Lazy<Dictionary<string, string>> Words = new(Load);

    private static readonly Lazy<int> Longest = new(() => Words.Value.Keys.Where(k => k.Length > 0 && k[0] >= '\uAC00').Max(k => k.Length));

    /// <summary>
    /// Hangul read as an entity name: each run of Hangul syllables split into the longest glossary words (in English),
    /// the syllables between them romanized as one word.
    /// </summary>
    public static string ReadHangul(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length * 3);
        var pending = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] is < '\uAC00' or > '\uD7A3')
            {
                Flush();
                sb.Append(text[i]);
                i++;
                continue;
            }

            string? english = null;
            int length = 0;
            for (int n = Math.Min(Longest.Value, text.Length - i); n >= 2; n--)
            {
                if (Words.Value.TryGetValue(text.Substring(i, n), out english))
                {
                    length = n;
                    break;
                }
            }

            if (english is null)
            {
                pending.Append(HangulRomanizer.Syllable(text[i]));
                i++;
                continue;
            }

            Flush();
            sb.Append(' ').Append(english).Append(' ');
            i += length;
        }

        Flush();
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));

        void Flush()
        {
            if (pending.Length > 0)
            {
                sb.Append(' ').Append(pending).Append(' ');
                pending.Clear();
            }
        }
    }

    /// <summary>Whether the text holds a Cyrillic word the glossary knows.</summary>
    public static bool HasCyrillicWord(string text) => SplitWords(text).Any(w => Lookup(w) is not null);

    /// <summary>The Cyrillic words of <paramref name="text"/> the glossary knows replaced by their English; the rest kept.</summary>
    public static string TranslateCyrillic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (!IsCyrillic(text[i]))
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsCyrillic(text[i]))
            {
                i++;
            }

            string word = text[start..i];
            sb.Append(Lookup(word) ?? word);
        }

        return sb.ToString();
    }

    /// <summary>The English for a Cyrillic word, tried whole and then with up to three letters of case ending removed.</summary>
    private static string? Lookup(string word)
    {
        string lower = word.ToLowerInvariant();
        for (int cut = 0; cut <= 3 && lower.Length - cut >= 3; cut++)
        {
            if (Words.Value.TryGetValue(lower[..^cut], out string? english))
            {
                return english;
            }
        }

        return null;
    }

    private static IEnumerable<string> SplitWords(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsCyrillic(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && IsCyrillic(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return text[start..i];
            }
        }
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static Dictionary<string, string> Load()
    {
        const string resource = "sanctions/entity-words.tsv";
        using Stream stream = typeof(EntityGlossary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] cells = line.Split('\t');
            if (cells.Length == 2)
            {
                words[cells[0]] = cells[1];
            }
        }

        return words;
    }
}
