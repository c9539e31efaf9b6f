namespace Flowwatch.Analysis.Claims;

/// <summary>How a language changes the country names and demonyms it writes (a lexicon setting).</summary>
internal enum NameForms
{
    /// <summary>An English plural s; names otherwise as listed.</summary>
    PluralS,

    /// <summary>Endings change (Nordkoreas, России): single names also match as stems, a phrase's first word loses two letters.</summary>
    Inflected,

    /// <summary>Particles are glued to the name (북한은, 러시아를): the first word of a name is a stem.</summary>
    Particles,
}
