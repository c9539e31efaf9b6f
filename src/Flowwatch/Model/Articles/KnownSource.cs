namespace Flowwatch.Model.Articles;

/// <summary>A source the press names (an outlet, an agency, a statistics office), with the names it goes by in every language.</summary>
/// <param name="Id">A stable id (<c>nknews</c>, <c>rfa</c>).</param>
/// <param name="Names">Its names and short forms in any language ("NK News", "NK뉴스"; "RFA", "Radio Free Asia", "자유아시아방송").</param>
/// <param name="Hosts">The web hosts it publishes on (<c>nknews.org</c>), matched against an article's address.</param>
public sealed record KnownSource(string Id, IReadOnlyList<string> Names, IReadOnlyList<string> Hosts);
