namespace Flowwatch.Benchmarks.Corpus;

/// <summary>
/// A wrong claim made by code from a correct one: one digit changed, the period moved, study put for the total, or
/// another base for a multiple. Flowwatch must never call it supported; it is caught when called contradicted or
/// partly supported.
/// </summary>
/// <param name="Kind">digit, period, study or base.</param>
/// <param name="Case">The case with its text changed.</param>
/// <param name="Number">Where the changed number stands in the new text.</param>
/// <param name="Why">What was changed and why the claim is now wrong.</param>
internal sealed record WrongVariant(string Kind, CorpusCase Case, CorpusExpectation Number, string Why);
