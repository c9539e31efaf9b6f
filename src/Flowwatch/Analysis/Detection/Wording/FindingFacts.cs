namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>
/// What a finding states, as data: the figures, references and rules its sentence quotes. A detector fills them and
/// <see cref="FindingWording"/> turns them into the explanation, so that the sentences live in one place and another
/// language needs another wording, not other detectors.
/// </summary>
public abstract record FindingFacts;
