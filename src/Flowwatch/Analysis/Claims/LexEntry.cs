using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>A word's meaning: its role, a number (a month, a factor, a purpose), a country.</summary>
internal sealed record LexEntry(LexKind Kind, int Value, Country Country, string Form)
{
    public Purpose Purpose => (Purpose)Value;

    /// <summary>The dataset a word names by itself ("residence permits"), from data/dataset-words.csv.</summary>
    public DatasetId? Dataset { get; init; }
}
