namespace Flowwatch.Analysis.Trace;

/// <summary>A collection of articles traced: each article's placed claims and the genealogy of every figure they are about.</summary>
/// <param name="Articles">The articles in publication order.</param>
/// <param name="Figures">Each figure's claims and variants.</param>
/// <param name="Notes">What could not be read, per article (a language the claim reader does not read), for people.</param>
public sealed record TraceResult(IReadOnlyList<TracedArticle> Articles, IReadOnlyList<FigureGenealogy> Figures, IReadOnlyList<string> Notes);
