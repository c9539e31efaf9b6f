namespace Flowwatch.Model;

/// <summary>
/// A sanctions measure as data (data/rules.csv): what it prohibits, for whom, from when, and which
/// purposes can serve as a pretext for evading it.
/// </summary>
/// <param name="Id">A stable id (<c>UNSCR-2397-OP8</c>).</param>
/// <param name="Instrument">The instrument (<c>S/RES/2397 (2017)</c>).</param>
/// <param name="Paragraph">The operative paragraph (<c>8</c>).</param>
/// <param name="Adopted">The date of adoption.</param>
/// <param name="Deadline">The date by which the measure must be complied with; null where it applies from adoption.</param>
/// <param name="Targets">The nationalities it targets.</param>
/// <param name="Prohibited">The purposes it prohibits for them (work).</param>
/// <param name="Pretexts">Purposes through which the prohibited one can be evaded (study, tourism ...).</param>
/// <param name="Summary">One line on what it requires.</param>
/// <param name="SourceUrl">Where its text can be read.</param>
public sealed record Rule(
    string Id,
    string Instrument,
    string Paragraph,
    DateOnly Adopted,
    DateOnly? Deadline,
    IReadOnlyList<Country> Targets,
    IReadOnlyList<Purpose> Prohibited,
    IReadOnlyList<Purpose> Pretexts,
    string Summary,
    string SourceUrl)
{
    /// <summary>The date from which the prohibition holds: the deadline, or adoption when there is none.</summary>
    public DateOnly EffectiveFrom => Deadline ?? Adopted;

    /// <summary><c>S/RES/2397 (2017) OP8</c>.</summary>
    public string Reference => $"{Instrument} OP{Paragraph}";

    /// <summary>Whether the rule targets nationals of <paramref name="country"/>.</summary>
    public bool AppliesTo(Country country) => Targets.Contains(country);
}
