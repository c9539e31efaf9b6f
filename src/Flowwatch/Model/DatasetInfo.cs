namespace Flowwatch.Model;

/// <summary>What a dataset counts and who publishes it.</summary>
/// <param name="Id">The dataset id.</param>
/// <param name="Publisher">Who publishes the figures (and through whom Flowwatch has them).</param>
/// <param name="Title">What it counts, in a line.</param>
/// <param name="Unit">The unit: trips, visas, persons, permits.</param>
/// <param name="BreakdownKind">What the breakdown holds: purpose, mode, visa type, or total only.</param>
public sealed record DatasetInfo(DatasetId Id, string Publisher, string Title, string Unit, string BreakdownKind)
{
    // The MVD counts invitations, registrations and decisions: things, as whole as trips (a "1,5" there is damage, not a figure).
    private static readonly string[] CountUnits = ["trips", "entries", "visas", "persons", "people", "permits", "workers", "students", "invitations", "registrations", "decisions"];

    /// <summary>The publisher family within which publication frontiers are compared (<c>ru-fsb</c>); null where not stated.</summary>
    public string? Family { get; init; }

    /// <summary>The whole this dataset breaks down: datasets sharing a whole break down the same totals; null where not stated.</summary>
    public string? Whole { get; init; }

    /// <summary>Whether the partner is the destination of trips rather than the nationality counted; null where not stated.</summary>
    public bool? PartnerIsDestination { get; init; }

    /// <summary>The purpose the dataset counts as a whole (workers present count work), or null.</summary>
    public Purpose? CountsPurpose { get; init; }

    /// <summary>What one figure measures: a count over its period, on a day, or a difference; flows by default.</summary>
    public DatasetMeasure Measure { get; init; }

    /// <summary>Whether figures of shorter periods add up to those of longer ones (a flow's quarters make its year).</summary>
    public bool IsAdditive => Measure == DatasetMeasure.Flow;

    /// <summary>Whether the publisher's tables count from January to the month of the release (January to September), as the MVD's and Rosstat's do.</summary>
    public bool YearToDate { get; init; }

    /// <summary>
    /// How a sentence names the dataset's figures, in English, with <c>{reporter}</c> and <c>{partner}</c> for the countries,
    /// <c>{for}</c> for the category after the noun (" for study", " by air") and <c>{kind}</c> for it before ("work " visas);
    /// empty where the catalogue gives none. <see cref="Describe"/> fills it in.
    /// </summary>
    public string Phrase { get; init; } = "";

    /// <summary>How the dataset is cited beside a figure: its publisher and its title.</summary>
    public string Citation => $"{Publisher}: {Title}";

    /// <summary>How many units a figure stands for, from the first word of the unit: 1000 for "thousand trips", 1,000,000 for "million ...", else 1.</summary>
    public decimal UnitSize =>
        Unit.StartsWith("thousand", StringComparison.Ordinal) ? 1_000
        : Unit.StartsWith("million", StringComparison.Ordinal) ? 1_000_000
        : 1;

    /// <summary>The figures of one series of this dataset in words: <see cref="Phrase"/> filled in, or the title with the countries where there is no phrase.</summary>
    /// <param name="reporter">The reporting country's name.</param>
    /// <param name="partner">The partner country's name.</param>
    /// <param name="after">The category as words after the noun (" for study", " by air"); empty for the total.</param>
    /// <param name="before">The category as a word before the noun ("work "); empty for the total.</param>
    public string Describe(string reporter, string partner, string after, string before) =>
        Phrase.Length > 0
            ? Phrase.Replace("{reporter}", reporter, StringComparison.Ordinal).Replace("{partner}", partner, StringComparison.Ordinal)
                .Replace("{for}", after, StringComparison.Ordinal).Replace("{kind}", before, StringComparison.Ordinal)
            : Title.Length > 0 ? $"{char.ToLowerInvariant(Title[0])}{Title[1..]} ({reporter}, {partner}{after})"
            : $"{Id.Id} ({reporter}, {partner}{after})";

    /// <summary>Whether the unit counts things (trips, visas, persons, permits), so that every figure is a whole number.</summary>
    public bool IsCount => CountUnits.Contains(Unit.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the breakdown is a purpose of trip or stay (<see cref="Purpose"/>).</summary>
    public bool IsByPurpose => string.Equals(BreakdownKind.Trim(), "purpose", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the dataset publishes a total only, so that its one breakdown is <c>total</c>.</summary>
    public bool IsTotalOnly => string.Equals(BreakdownKind.Trim(), "total", StringComparison.OrdinalIgnoreCase);
}
