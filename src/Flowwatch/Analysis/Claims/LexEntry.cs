using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>A word's meaning: its role, a number (a month, a factor, a purpose), a country.</summary>
internal sealed record LexEntry(LexKind Kind, int Value, Country Country, string Form)
{
    public Purpose Purpose => (Purpose)Value;

    /// <summary>The datasets a word names by itself ("residence permits": Eurostat's first permits, the MVD's), from data/dataset-words.csv.</summary>
    public IReadOnlyList<DatasetId> Datasets { get; init; } = [];
}
