namespace Flowwatch.Analysis.Trace;

/// <summary>
/// Groups the claims of a collection of articles by the figure they are about, and each figure's claims into variants:
/// the same number with the same reading is one variant, first printed by the earliest article and repeated by the
/// later ones. Publication days have no time, so articles of one day are ordered by their file name and the first
/// appearance among them is a tie the output cannot break (docs/trace.md).
/// </summary>
public static class Genealogy
{
    /// <summary>The genealogy of every figure the articles' claims are about, the figure first claimed first.</summary>
    /// <param name="articles">The articles with their placed claims and the sources they name.</param>
    /// <param name="sources">The id of the source each article is (<see cref="CitationFinder.SourceOf"/>), by article hash.</param>
    public static IReadOnlyList<FigureGenealogy> Build(IReadOnlyList<TracedArticle> articles, IReadOnlyDictionary<string, string> sources)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(sources);
        TracedArticle[] ordered = [.. Ordered(articles)];
        var cited = ordered.ToDictionary(a => a.Article.Sha256, a => a.Cited, StringComparer.Ordinal);
        return ordered
            .SelectMany(a => a.Claims)
            .Where(c => c.Figure is not null)
            .GroupBy(c => c.Figure!.Value)
            .Select(g => Figure(g.Key, [.. g], cited, sources))
            .ToList();
    }

    /// <summary>Articles in publication order: by day, then by file name, then by hash (a stable order for ties).</summary>
    public static IEnumerable<TracedArticle> Ordered(IEnumerable<TracedArticle> articles) =>
        articles
            .DistinctBy(a => a.Article.Sha256)
            .OrderBy(a => a.Article.Published)
            .ThenBy(a => a.Article.FileName, StringComparer.Ordinal)
            .ThenBy(a => a.Article.Sha256, StringComparer.Ordinal);

    private static FigureGenealogy Figure(FigureRef figure, IReadOnlyList<TracedClaim> claims, Dictionary<string, IReadOnlyList<string>> cited, IReadOnlyDictionary<string, string> sources)
    {
        var variants = new List<ClaimVariant>();
        foreach (IGrouping<(decimal, string), TracedClaim> same in claims.GroupBy(c => (c.Claimed, c.Reading)))
        {
            TracedClaim first = same.First();
            string? origin = sources.TryGetValue(first.Article.Sha256, out string? o) ? o : null;
            var repeats = same.Skip(1)
                .Where(c => c.Article.Sha256 != first.Article.Sha256)
                .DistinctBy(c => c.Article.Sha256)
                .Select(c => new VariantRepeat(c, origin is not null && cited.TryGetValue(c.Article.Sha256, out IReadOnlyList<string>? names) && names.Contains(origin, StringComparer.Ordinal)))
                .ToList();
            variants.Add(new ClaimVariant(first.Claimed, first.Verdict, first.Reading, first, repeats));
        }

        decimal? value = claims.LastOrDefault(c => c.FigureValue is not null)?.FigureValue;
        return new FigureGenealogy(figure, value, claims, variants);
    }
}
