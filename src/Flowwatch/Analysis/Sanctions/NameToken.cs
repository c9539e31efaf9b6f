namespace Flowwatch.Analysis.Sanctions;

/// <summary>What a word does in a name.</summary>
internal enum TokenRole
{
    /// <summary>A word that identifies (Merkel, Ryonbong, Je-son).</summary>
    Word,

    /// <summary>A single letter standing for a name (the A. of Ali A. Velayati).</summary>
    Initial,

    /// <summary>A number, written in digits, words or Roman numerals (Brigade 44, Fund III).</summary>
    Number,

    /// <summary>A legal form (Ltd, GmbH, OOO, Aktiengesellschaft): weighs nothing.</summary>
    LegalForm,

    /// <summary>A business word that says little (General, Trading, Group): weighs little.</summary>
    Generic,

    /// <summary>A particle or function word (al, de, van, of): weighs nothing.</summary>
    Particle,

    /// <summary>A title or honorific before a person's name (Mr, Dr, Sheikh): dropped.</summary>
    Title,
}

/// <summary>One word of a name as the general matcher compares it.</summary>
internal sealed class NameToken
{
    /// <summary>The word as written.</summary>
    public required string Display { get; init; }

    /// <summary>Lower-case ASCII (a legal form's canonical code, a number's digits).</summary>
    public required string Folded { get; init; }

    /// <summary>The sound key (<see cref="Romanization.Key"/>).</summary>
    public string Key { get; init; } = "";

    /// <summary>The key with o and u as one vowel.</summary>
    public string Loose { get; init; } = "";

    /// <summary>The key with final n and ng as one (Korean names read from Cyrillic).</summary>
    public string Nasal { get; init; } = "";

    /// <summary>The key's consonants, for names read from a script that writes few vowels.</summary>
    public string Skeleton { get; init; } = "";

    /// <summary>What the word does.</summary>
    public TokenRole Role { get; set; }

    /// <summary>The father's name (after bin or ibn, or a Russian patronymic in -ovich, -ovna).</summary>
    public bool Patronym { get; set; }

    /// <summary>A syllable of a Korean or other East Asian name: compared by the romanization rules only, never with typing-error tolerance.</summary>
    public bool Korean { get; set; }

    /// <summary>The index of the written word it belongs to: the parts of a hyphenated word (Je-son, al-Assad) share it.</summary>
    public int Group { get; init; }

    /// <summary>Whether this is the last word of a screened name, which may have been cut short.</summary>
    public bool Truncated { get; set; }

    /// <summary>The number's value when <see cref="Role"/> is <see cref="TokenRole.Number"/>.</summary>
    public int Value { get; init; }

    /// <summary>Whether a <see cref="TokenRole.Number"/> is an ordinal (1st, Third): part of an institution's own name.</summary>
    public bool Ordinal { get; init; }

    /// <summary>How much the word tells about who is meant: 1 for a word only one listed party has, less for a common one.</summary>
    public double Weight { get; set; } = 1;

    /// <summary>Whether the word is compared at all (not a legal form, particle or title).</summary>
    public bool IsContent => Role is TokenRole.Word or TokenRole.Initial or TokenRole.Number or TokenRole.Generic;

    /// <summary>Whether a word missing on one side while another is missing on the other means two different names.</summary>
    public bool CanConflict => Role is TokenRole.Word;

    /// <inheritdoc/>
    public override string ToString() => Display;
}
