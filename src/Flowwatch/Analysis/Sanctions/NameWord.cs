namespace Flowwatch.Analysis.Sanctions;

/// <summary>One word of a name, with its romanization keys and weight.</summary>
internal sealed class NameWord
{
    public NameWord(string[] parts, string display)
    {
        Display = display;
        string joined = string.Concat(parts);
        Folded = parts.Length == 1 ? NameWords.Expand(joined) : joined;
        Role = NameWords.RoleOf(Folded);
        Key = parts.Length == 1 ? Romanization.Key(Folded, wordInitial: true) : Romanization.Collapse(Romanization.Key(parts[0], true) + string.Concat(parts.Skip(1).Select(p => Romanization.Key(p, false))));
        InnerKey = Romanization.Collapse(string.Concat(parts.Select(p => Romanization.Key(p, false))));
        Loose = Romanization.LooseKey(Key);
        Nasal = Romanization.NasalKey(Key);
    }

    /// <summary>The word as written (hyphens kept).</summary>
    public string Display { get; }

    /// <summary>Folded letters, abbreviations written out.</summary>
    public string Folded { get; }

    public WordRole Role { get; }

    /// <summary>The romanization key at the start of a name part.</summary>
    public string Key { get; }

    /// <summary>The key inside a given name (no initial-liquid rule), so that Chun Ryong = Chunryong.</summary>
    public string InnerKey { get; }

    public string Loose { get; }

    public string Nasal { get; }

    /// <summary>Set by the index from how many names hold the word.</summary>
    public double Weight { get; set; } = 1;

    /// <summary>The words of <paramref name="text"/>.</summary>
    public static List<NameWord> Of(string text)
    {
        var words = new List<NameWord>();
        foreach (string[] parts in NameWords.Split(text))
        {
            words.Add(new NameWord(parts, string.Join('-', parts)));
        }

        return words;
    }
}
