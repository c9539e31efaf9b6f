using Flowwatch.Model.Articles;
using Flowwatch.Sources.Catalogs;

namespace Flowwatch.Sources.Articles;

/// <summary>
/// Reads the words that name a source: <c>data/citation-cues.csv</c> (<c>language,cue</c>: the phrases per language that
/// attribute a figure, <c>*</c> for every language) and <c>data/press-sources.csv</c> (<c>id,names,hosts</c>: each source
/// with its names in any language separated by <c>|</c> and its web hosts separated by spaces).
/// </summary>
public static class CitationLexiconReader
{
    /// <summary>The columns of the cue file.</summary>
    public static IReadOnlyList<string> CueColumns { get; } = ["language", "cue"];

    /// <summary>The columns of the sources file.</summary>
    public static IReadOnlyList<string> SourceColumns { get; } = ["id", "names", "hosts"];

    /// <summary>Reads the two files, gathering every problem of both.</summary>
    public static ReferenceReadResult<CitationLexicon> Read(SourceFile cues, SourceFile sources)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(sources);
        ReferenceReadResult<Cue> cueRows = ReferenceTable.Read(cues, CueColumns, row =>
        {
            string language = row.Text("language").ToLowerInvariant();
            string cue = row.Text("cue");
            return language.Length == 0 || cue.Length == 0 ? null : new Cue(language, cue);
        });
        ReferenceReadResult<KnownSource> sourceRows = ReferenceTable.Read(sources, SourceColumns, row =>
        {
            string id = row.Text("id");
            string[] names = row.Text("names").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            string[] hosts = row.Text("hosts", required: false).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0)
            {
                row.Bad("names", "", "one or more names separated by |");
            }

            return id.Length == 0 || names.Length == 0 ? null : new KnownSource(id, names, [.. hosts.Select(h => h.ToLowerInvariant())]);
        });
        var byLanguage = cueRows.Items.GroupBy(c => c.Language, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(c => c.Phrase)], StringComparer.Ordinal);
        return new ReferenceReadResult<CitationLexicon>([new CitationLexicon(byLanguage, sourceRows.Items)], [.. cueRows.Diagnostics, .. sourceRows.Diagnostics]);
    }

    /// <summary>The bundled lexicon (the two files as built into the library).</summary>
    /// <exception cref="SourceException">A bundled file has errors (a build mistake; a test reads them).</exception>
    public static CitationLexicon LoadBundled() =>
        Read(ReferenceTable.Embedded("bundled/citation-cues.csv"), ReferenceTable.Embedded("bundled/press-sources.csv")).ItemsOrThrow()[0];

    private sealed record Cue(string Language, string Phrase);
}
