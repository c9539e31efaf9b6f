namespace Flowwatch.Analysis.Sanctions;

/// <summary>The role a word plays in a name, for weighting: most words identify, some barely do.</summary>
public enum WordRole
{
    /// <summary>A word that identifies (Mansudae, Ryonbong, Je-son).</summary>
    Significant,

    /// <summary>A legal-form or generic business word (Corporation, Co., Ltd, General, Trading): weighs little.</summary>
    LegalForm,

    /// <summary>A function word (of, the, and): weighs nothing.</summary>
    Stop,
}

/// <summary>Splits names into words and knows the legal-form words and their abbreviations.</summary>
public static class NameWords
{
    /// <summary>How much a legal-form word weighs against a significant one (1).</summary>
    public const double LegalFormWeight = 0.1;

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["corp"] = "corporation",
        ["co"] = "company",
        ["cos"] = "companies",
        ["ltd"] = "limited",
        ["inc"] = "incorporated",
        ["intl"] = "international",
        ["shpg"] = "shipping",
        ["mgmt"] = "management",
        ["dept"] = "department",
        ["jv"] = "jointventure",
        ["pte"] = "private",
    };

    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "corporation", "company", "companies", "limited", "incorporated", "llc", "plc", "jsc", "ojsc", "cjsc", "gmbh", "ag", "sa", "srl", "bv",
        "general", "trading", "group", "jointventure", "joint", "venture", "private", "enterprise", "enterprises", "holding", "holdings", "firm",
    };

    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal) { "of", "the", "and", "for", "de", "du", "des", "la", "le", "al", "el", "und", "der" };

    /// <summary>
    /// The words of a name: split at spaces, commas, slashes, quotes, brackets, dots and ampersands;
    /// a hyphen keeps its syllables in one word (Je-son). Each word is returned as its hyphen parts.
    /// </summary>
    public static List<string[]> Split(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string[]>();
        int i = 0;
        while (i < name.Length)
        {
            while (i < name.Length && IsBreak(name[i]))
            {
                i++;
            }

            int start = i;
            while (i < name.Length && !IsBreak(name[i]))
            {
                i++;
            }

            if (i > start)
            {
                string[] parts = name[start..i].Split(['-', '‐', '‑', '–'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(Romanization.Fold).Where(p => p.Length > 0).ToArray();
                if (parts.Length > 0)
                {
                    words.Add(parts);
                }
            }
        }

        return words;
    }

    /// <summary>The word with abbreviations written out (Corp → corporation, Co → company) and country adjectives as the country (Korean → korea).</summary>
    public static string Expand(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (Abbreviations.TryGetValue(folded, out string? full))
        {
            return full;
        }

        // A country's adjective is its name in an entity's name: Korean = Korea, Syrian = Syria.
        return folded.Length >= 6 && (folded.EndsWith("ean", StringComparison.Ordinal) || folded.EndsWith("ian", StringComparison.Ordinal)) ? folded[..^1] : folded;
    }

    /// <summary>What the (folded, expanded) word is.</summary>
    public static WordRole RoleOf(string word) =>
        Stops.Contains(word) ? WordRole.Stop : LegalForms.Contains(word) ? WordRole.LegalForm : WordRole.Significant;

    private static bool IsBreak(char c) =>
        char.IsWhiteSpace(c) || c is ',' or '/' or '(' or ')' or '"' or '“' or '”' or '«' or '»' or '&' or '.' or ';' or ':' or '#' or '[' or ']' or '+';
}
