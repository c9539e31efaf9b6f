using System.Globalization;
using Flowwatch.Analysis.Claims;

namespace Flowwatch.Tests.Analysis.Claims;

/// <summary>
/// Each language folder (src/Flowwatch/Analysis/Claims/Languages/&lt;code&gt;) carries a corpus of sentences with the
/// numbers and periods its grammar must read; one test runs them all, so a new language brings its own checks.
/// </summary>
public sealed class LanguageCorpusTests
{
    public static TheoryData<string> Languages() => [.. ArticleChecker.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_corpus_of_each_language_reads_as_written(string language)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Languages", language, "corpus.tsv");
        Assert.True(File.Exists(path), $"the language '{language}' has no corpus.tsv beside its lexicon");
        var problems = new List<string>();
        int lines = 0;
        foreach ((string line, int n) in File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            lines++;
            string[] cells = line.Split('\t');
            DateOnly published = DateOnly.Parse(cells[1], CultureInfo.InvariantCulture);
            IReadOnlyList<Claim> claims = ClaimExtractor.Extract(ArticleText.Parse(cells[0]), language, published);
            string values = claims.Count == 0 ? "none" : string.Join(' ', claims.Select(c => c.Quantity.Value.ToString("0.##", CultureInfo.InvariantCulture)));
            string periods = string.Join(' ', claims.Select(c => c.Frame.Period?.ToString() ?? "-"));
            if (values != cells[2] || (cells.Length > 3 && periods != cells[3]))
            {
                problems.Add($"line {n}: '{cells[0]}' read as {values} ({periods}), expected {cells[2]} ({(cells.Length > 3 ? cells[3] : "")})");
            }
        }

        Assert.True(lines >= 5, $"the corpus of '{language}' has {lines} sentences; expected at least 5");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_lexicon_file_with_mistakes_is_refused_with_every_line_named()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Lexicon.Parse("xx", "group\tspace\nhedge_before\tMaybe\tvielleicht\nEntry\tzwei\tkam*\nNotAKind\t0\tfoo\n"));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", ex.Message, StringComparison.Ordinal);
    }
}
