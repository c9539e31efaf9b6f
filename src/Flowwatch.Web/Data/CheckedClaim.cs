namespace Flowwatch.Web.Data;

/// <summary>One claim as the page shows it: where it is in the text, its verdict and the evidence.</summary>
internal sealed record CheckedClaim(int Start, int End, string Text, string Verdict, string Rule, string Explanation, string? Actual, IReadOnlyList<string> Evidence);
