namespace Flowwatch.Model.Sanctions;

/// <summary>One record of a sanctions list: a designated person or entity with its names and identifiers.</summary>
/// <remarks>Provenance: the record's <see cref="Reference"/> within the list version it was read from
/// (<see cref="SanctionsList.Document"/>: file hash, <c>dateGenerated</c>), and the line it starts on.</remarks>
public sealed record DesignatedParty
{
    /// <summary>The list's reference number, e.g. <c>KPi.002</c> or <c>KPe.050</c>.</summary>
    public required string Reference { get; init; }

    /// <summary>Person or entity.</summary>
    public required PartyKind Kind { get; init; }

    /// <summary>The sanctions regime (<c>UN_LIST_TYPE</c>): <c>DPRK</c> for the 1718 Committee, <c>Al-Qaida</c> ...; OFAC's programs or the EU's programmes, ", " between several.</summary>
    public required string Regime { get; init; }

    /// <summary>The name parts in the list's order (<c>FIRST_NAME</c> ... <c>FOURTH_NAME</c>); for Korean persons the first is the family name.</summary>
    public required IReadOnlyList<string> NameParts { get; init; }

    /// <summary>The primary name first, then the aliases, each with its quality.</summary>
    public required IReadOnlyList<ListedName> Names { get; init; }

    /// <summary>When the party was designated.</summary>
    public DateOnly? ListedOn { get; init; }

    /// <summary>The reason given (<c>COMMENTS1</c>), spaces collapsed.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The dates of birth (persons).</summary>
    public IReadOnlyList<BirthDate> BirthDates { get; init; } = [];

    /// <summary>The nationalities as the list writes them (persons).</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>Passport numbers (persons), as printed, trimmed.</summary>
    public IReadOnlyList<string> Passports { get; init; } = [];

    /// <summary>Addresses, one line each (street, city, country).</summary>
    public IReadOnlyList<string> Addresses { get; init; } = [];

    /// <summary>Seven-digit IMO numbers (ships or shipping companies) found in the record's text fields.</summary>
    public IReadOnlyList<string> ImoNumbers { get; init; } = [];

    /// <summary>The 1-based line of the record in the file.</summary>
    public int Line { get; init; }

    /// <summary>The primary name.</summary>
    public string Name => Names[0].Text;

    /// <summary>
    /// Whether the party is listed under a DPRK regime: the UN's 1718 Committee (<c>DPRK</c>), OFAC's DPRK programs
    /// (<c>DPRK</c>, <c>DPRK2</c> ... <c>DPRK-NKSPEA</c>) or the EU's (<c>PRK</c>). A regime of several programs is
    /// written with ", " between them.
    /// </summary>
    public bool IsDprk => Regime.Split(", ").Any(p => p.StartsWith(DprkRegime, StringComparison.Ordinal) || p == "PRK");

    /// <summary>The <c>UN_LIST_TYPE</c> of the 1718 (DPRK) regime.</summary>
    public const string DprkRegime = "DPRK";
}
