namespace Flowwatch.Sources.RussianTables;

/// <summary>What a row of a Russian official table is (<see cref="RussianRowLabels"/>).</summary>
internal enum RussianRowRole
{
    /// <summary>A country's figures.</summary>
    Country,

    /// <summary>The total over all rows: checked against their sum, not kept (it has no partner country).</summary>
    Total,

    /// <summary>A group of countries ("other countries"): skipped.</summary>
    Aggregate,

    /// <summary>A heading line above the rows ("of which, by country:").</summary>
    Heading,

    /// <summary>A row without an ISO 3166-1 code (stateless persons, Abkhazia): skipped with a warning.</summary>
    NoCode,
}
