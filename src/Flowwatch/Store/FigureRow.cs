using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>One figure of a file as a bulk load writes it: the figure and the ids the store gave its series and citation list.</summary>
/// <param name="SeriesId">The figure's row in <c>series</c>.</param>
/// <param name="Figure">The figure as the reader read it.</param>
/// <param name="CitationsId">Its citation list's row in <c>citation_sets</c>, or null for none.</param>
/// <param name="Publisher">The figure's own publisher where it differs from the file's, else null.</param>
public readonly record struct FigureRow(long SeriesId, Observation Figure, long? CitationsId, string? Publisher);
