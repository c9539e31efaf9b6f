using System.Globalization;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>The vocabulary of the explanations: numbers, ratios and what a series counts, in plain English (<see cref="FindingWording"/> builds the sentences).</summary>
internal static class Words
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("N0", En) : value.ToString("N1", En);

    public static string Number(double value) =>
        Math.Abs(value - Math.Round(value)) < 1e-9 ? value.ToString("N0", En) : value.ToString("N1", En);

    /// <summary>"about 5,500" for approximate figures, "over 6,000" for lower bounds.</summary>
    public static string Figure(Observation o) => o.Flag switch
    {
        ObservationFlag.Approximate => "about " + Number(o.Value),
        ObservationFlag.LowerBound => "over " + Number(o.Value),
        _ => Number(o.Value),
    };

    public static string Times(double ratio) =>
        ratio < 1 ? (ratio * 100).ToString("0", En) + " % of"
        : ratio >= 10 ? ratio.ToString("N0", En) + " times"
        : ratio >= 1.95 ? ratio.ToString("0.0", En) + " times"
        : "+" + ((ratio - 1) * 100).ToString("0", En) + " % on";

    public static string Percent(double share) => (share * 100).ToString(share < 0.1 ? "0.0" : "0", En) + " %";

    public static string Score(double score) => score.ToString("0.0", En);

    public static string Name(Country c) => c.IsEmpty ? "?" : c.EnglishName;

    /// <summary>"61 times the 62 of 2023-Q3", or "up from 0 in 2022-Q3".</summary>
    public static string Against(double observed, Observation reference) =>
        reference.Value == 0 ? $"up from 0 in {reference.Period}" : $"{Times(observed / (double)reference.Value)} the {Figure(reference)} of {reference.Period}";

    /// <summary>
    /// What the series counts, as a noun phrase without the number: "entries of citizens of North Korea
    /// into Russia for study", "work visas issued by Russia to citizens of North Korea".
    /// </summary>
    public static string Counts(SeriesKey key, DatasetConventions conventions)
    {
        // A dataset published in thousands says so wherever its figures are quoted: "trips from Russia to Egypt
        // (thousands) numbered 673.2".
        decimal unit = conventions.UnitSize(key.Dataset);
        string scale = unit == 1_000 ? " (thousands)" : unit == 1_000_000 ? " (millions)" : "";
        return CountsOf(key, conventions) + scale;
    }

    private static string CountsOf(SeriesKey key, DatasetConventions conventions)
    {
        string r = Name(key.Reporter), p = Name(key.Partner);
        bool total = key.Breakdown == Breakdown.Total;
        string after = total ? "" : key.Breakdown.AsPurpose is { } purpose ? " for " + PurposeWords(purpose) : " by " + key.Breakdown.Code;
        string before = total ? "" : key.Breakdown.Code + " ";
        // The catalogue says how a sentence names a dataset's figures; one it does not hold is named by its id.
        return conventions.Catalogued(key.Dataset) is { } info
            ? info.Describe(r, p, after, before)
            : $"{key.Dataset.Id} ({r}, {p}{(total ? "" : ", " + key.Breakdown.Code)})";
    }

    /// <summary>A dataset as a table a sentence can name: the table "Entries of foreign citizens into Russia by mode of transport"; its id when the catalogue does not hold it.</summary>
    public static string Table(DatasetId dataset, DatasetConventions conventions) =>
        conventions.Catalogued(dataset) is { } info ? $"the table \"{info.Title}\"" : dataset.Id;

    public static string PurposeWords(Purpose p) => p switch
    {
        Purpose.Private => "private visits",
        Purpose.Official => "official trips",
        Purpose.Crew => "crew duty",
        Purpose.Residence => "permanent residence",
        Purpose.Family => "family reasons",
        Purpose.Other => "other purposes",
        _ => p.ToCode(),
    };

    /// <summary>The phrase with its first letter upper case, to open a sentence.</summary>
    public static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Whether a figure is only approximate or a lower bound.</summary>
    public static bool IsInexact(Observation o) => o.Flag is ObservationFlag.Approximate or ObservationFlag.LowerBound;

    /// <summary>"2020-Q3 to 2023-Q3" or "2023-Q3".</summary>
    public static string Span(Period first, Period last) => first == last ? first.ToString() : $"{first} to {last}";
}
