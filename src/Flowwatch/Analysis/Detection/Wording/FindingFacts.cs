namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>
/// What a finding states, as data: the figures, references and rules its sentence quotes. A detector fills them and
/// <see cref="FindingWording"/> turns them into the explanation, so that the sentences live in one place and another
/// language needs another wording, not other detectors.
/// </summary>
public abstract record FindingFacts
{
    /// <summary>The other views of the same episode (a quarter, a half of the year found), each as "2024-Q3 (3,765)"; empty for most.</summary>
    public IReadOnlyList<string> AlsoShows { get; init; } = [];

    /// <summary>Why the finding has its grade where that is not plain from its numbers (no rule bears on it); null for most.</summary>
    public string? GradeNote { get; init; }
}
