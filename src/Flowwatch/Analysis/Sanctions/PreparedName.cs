using Flowwatch.Model.Sanctions;

namespace Flowwatch.Analysis.Sanctions;

/// <summary>A listed name made ready to compare: its words for the Korean forms and acronyms, and its tokens for the general matcher.</summary>
internal sealed class PreparedName
{
    public PreparedName(DesignatedParty party, ListedName name, string text, bool isAcronymOfName, int list, NameReading reading)
    {
        Party = party;
        Name = name;
        Text = text;
        List = list;
        Reading = reading;
        Words = NameWord.Of(reading.Latin);

        // A short all-capitals alias (GIA, NCG, KKBC) is an acronym: letters, not sounds, so it matches only as spelled.
        IsAcronym = isAcronymOfName || (party.Kind != PartyKind.Person && Words.Count == 1 && text.Trim('"', ' ').Length <= 6 && text.Any(char.IsLetter) && !text.Any(char.IsLower));
        Forms = party.Kind == PartyKind.Person ? PersonForms(Words) : [];
        Tokens = NameTokenizer.Tokenize(reading.Latin, party.Kind == PartyKind.Person, party.IsDprk);
        Home = party.IsDprk ? ["KP"] : [];
    }

    /// <summary>The party's own countries (ISO codes): the DPRK for the 1718 regime.</summary>
    public IReadOnlyList<string> Home { get; }

    public DesignatedParty Party { get; }

    public ListedName Name { get; }

    /// <summary>The index of the list the party is on, among the lists screened.</summary>
    public int List { get; }

    /// <summary>How the name was read into Latin letters.</summary>
    public NameReading Reading { get; }

    /// <summary>The text compared (a bracketed acronym is split off as a name of its own).</summary>
    public string Text { get; }

    /// <summary>Whether this is an acronym: written in brackets after the name (OMM, FTB) or a short all-capitals alias (KOMID).</summary>
    public bool IsAcronym { get; }

    public List<NameWord> Words { get; }

    /// <summary>The general matcher's words.</summary>
    public NameToken[] Tokens { get; }

    /// <summary>Person names as "family|given" keys: family first, and family last.</summary>
    public string[] Forms { get; }

    /// <summary>The family|given forms of a word sequence: the first word or the last word as the family name.</summary>
    public static string[] PersonForms(IReadOnlyList<NameWord> words)
    {
        if (words.Count < 2)
        {
            return [];
        }

        string first = words[0].Key + "|" + Given(words, 1, words.Count);
        string last = words[^1].Key + "|" + Given(words, 0, words.Count - 1);
        return first == last ? [first] : [first, last];
    }

    private static string Given(IReadOnlyList<NameWord> words, int from, int to)
    {
        var parts = new string[to - from];
        for (int i = from; i < to; i++)
        {
            parts[i - from] = i == from ? words[i].Key : words[i].InnerKey;
        }

        return Romanization.Collapse(string.Concat(parts));
    }
}
