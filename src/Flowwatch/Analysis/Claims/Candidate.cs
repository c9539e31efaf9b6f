
namespace Flowwatch.Analysis.Claims;

/// <summary>A number of a sentence that may be a claim: its tokens, value, precision, hedge and kind.</summary>
internal readonly record struct Candidate(int Start, int End, int Number, decimal Value, decimal Precision, Qualifier Qualifier, QuantityKind Kind, string? Money, int TextEnd = 0, bool Scaled = false);
