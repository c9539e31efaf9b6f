using Flowwatch.Model;

namespace Flowwatch.Store.Articles;

/// <summary>A claim of a stored article as it was checked when the article was ingested.</summary>
/// <param name="Ordinal">Its place among the article's claims (0-based).</param>
/// <param name="Text">The number as written with its qualifier.</param>
/// <param name="Sentence">The sentence it stands in.</param>
/// <param name="Claimed">The number's value.</param>
/// <param name="Verdict">The verdict as the claims contract names it (<c>supported</c>, <c>contradicted</c>, <c>partly_supported</c>, <c>not_checkable</c>).</param>
/// <param name="Rule">The policy rule that decided.</param>
/// <param name="Series">The series of the figure it is about; null when it is about none.</param>
/// <param name="Period">The period of that figure; null when it is about none.</param>
/// <param name="FigureValue">The figure's value as published by the article's date, when known.</param>
/// <param name="Reading">How it renders the figure.</param>
public sealed record StoredClaim(int Ordinal, string Text, string Sentence, decimal Claimed, string Verdict, string Rule, SeriesKey? Series, Period? Period, decimal? FigureValue, string Reading);
