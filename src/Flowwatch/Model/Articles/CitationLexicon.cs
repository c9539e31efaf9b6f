namespace Flowwatch.Model.Articles;

/// <summary>
/// The words that name a source, as data (<c>data/citation-cues.csv</c>, <c>data/sources.csv</c>): per language, the cues
/// that say a sentence attributes its figures ("according to", «по данным», "에 따르면", "laut"), and the sources the
/// press names with their names in every language.
/// </summary>
/// <param name="Cues">Cue phrases by language code; the key <c>*</c> holds cues of every language.</param>
/// <param name="Sources">The known sources.</param>
public sealed record CitationLexicon(IReadOnlyDictionary<string, IReadOnlyList<string>> Cues, IReadOnlyList<KnownSource> Sources)
{
    /// <summary>A lexicon without cues or sources: only the front matter's <c>cites</c> and the outlets' own names count.</summary>
    public static CitationLexicon Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal), []);

    /// <summary>The cue phrases of a language, those of every language included.</summary>
    /// <param name="language">The language code (<c>de</c>, <c>en</c>, <c>ru</c>, <c>ko</c>).</param>
    public IEnumerable<string> CuesOf(string language) =>
        (Cues.TryGetValue(language, out IReadOnlyList<string>? own) ? own : []).Concat(Cues.TryGetValue("*", out IReadOnlyList<string>? all) ? all : []);
}
