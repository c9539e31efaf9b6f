using Flowwatch.Analysis.Claims;
using Flowwatch.Model.Articles;

namespace Flowwatch.Analysis.Trace;

/// <summary>One checked claim of one article, placed on the figure it is about.</summary>
/// <param name="Article">The article.</param>
/// <param name="Ordinal">Its place among the article's claims (0-based).</param>
/// <param name="Text">The number as written with its qualifier ("13.000", "fast 8.000").</param>
/// <param name="Sentence">The sentence it stands in.</param>
/// <param name="Claimed">The number's value.</param>
/// <param name="Verdict">The verdict against the figures published by the article's date.</param>
/// <param name="Rule">The policy rule that decided.</param>
/// <param name="Figure">The figure it is about; null when it is about none the store holds.</param>
/// <param name="FigureValue">The figure's value as published by the article's date, when known.</param>
/// <param name="Reading">How the claim renders the figure ("as published", "rounded", "entries called workers").</param>
public sealed record TracedClaim(ArticleDocument Article, int Ordinal, string Text, string Sentence, decimal Claimed, Verdict Verdict, string Rule, FigureRef? Figure, decimal? FigureValue, string Reading);
