namespace Flowwatch.Model;

/// <summary>What a country name denotes (<see cref="CountryNames.Match"/>): one country, several, or none.</summary>
public readonly record struct CountryMatch
{
    private readonly IReadOnlyList<Country>? _candidates;

    /// <summary>No country carries the name.</summary>
    public static CountryMatch None { get; } = new([]);

    /// <summary>A match among <paramref name="candidates"/>.</summary>
    /// <param name="candidates">The countries the name could denote, in code order.</param>
    public CountryMatch(IReadOnlyList<Country> candidates) => _candidates = candidates;

    /// <summary>The countries the name could denote: one when it is found, two or more when it is ambiguous, none when unknown.</summary>
    public IReadOnlyList<Country> Candidates => _candidates ?? [];

    /// <summary>Whether the name denotes exactly one country.</summary>
    public bool IsFound => Candidates.Count == 1;

    /// <summary>Whether two or more countries could carry the name.</summary>
    public bool IsAmbiguous => Candidates.Count > 1;

    /// <summary>The country denoted; the default (empty) value unless <see cref="IsFound"/>.</summary>
    public Country Country => IsFound ? Candidates[0] : default;

    /// <summary>The candidates' codes joined for a message: <c>CD, CG</c>.</summary>
    public string CandidateCodes => string.Join(", ", Candidates.Select(c => c.Code));
}
