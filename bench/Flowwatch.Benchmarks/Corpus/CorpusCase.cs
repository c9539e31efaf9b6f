using System.Globalization;
using System.Text.Json;

namespace Flowwatch.Benchmarks.Corpus;

/// <summary>
/// One case of a claims corpus (bench/corpus/press-claims.jsonl, the claims-*.jsonl development sets): a passage with its
/// language and publication date, the sentence before it when the claim needs it, and each number's accepted verdicts.
/// </summary>
internal sealed record CorpusCase(string Id, string Lang, DateOnly Published, string? Context, string Text, IReadOnlyList<CorpusExpectation> Expect)
{
    /// <summary>The case as one article: the context (a sentence before, or a headline on a line of its own), then the text.</summary>
    public string Article => Context is null ? Text : Context + ContextJoint + Text;

    /// <summary>Where the text starts in <see cref="Article"/>: numbers before it are the context's, not the case's.</summary>
    public int TextStart => Context is null ? 0 : Context.Length + ContextJoint.Length;

    // A sentence before the claim is in its paragraph; a headline (no closing mark) stands on a line of its own.
    private string ContextJoint => Context is { Length: > 0 } c && c.TrimEnd()[^1] is '.' or '!' or '?' or '。' or '»' or '"' ? " " : "\n";

    /// <summary>Reads a JSONL file of cases.</summary>
    public static IReadOnlyList<CorpusCase> Read(string path)
    {
        var cases = new List<CorpusCase>();
        int line = 0;
        foreach (string text in File.ReadLines(path))
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(text);
            JsonElement r = doc.RootElement;
            var expect = r.GetProperty("expect").EnumerateArray().Select(e => new CorpusExpectation(
                e.GetProperty("number").GetString()!,
                e.TryGetProperty("occurrence", out JsonElement occ) ? occ.GetInt32() : 1,
                e.GetProperty("verdict").EnumerateArray().Select(v => v.GetString()!).ToArray())).ToList();
            cases.Add(new CorpusCase(
                r.GetProperty("id").GetString() ?? $"line {line}",
                r.GetProperty("lang").GetString()!,
                DateOnly.ParseExact(r.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.TryGetProperty("context", out JsonElement context) && context.GetString() is { Length: > 0 } c ? c : null,
                r.GetProperty("text").GetString()!,
                expect));
        }

        return cases;
    }
}

/// <summary>A number of a case as printed (its n-th occurrence in the text) and the verdicts a fact-checker accepts for it.</summary>
internal sealed record CorpusExpectation(string Number, int Occurrence, string[] Verdicts)
{
    /// <summary>Where the number stands in the case's text; -1 when it is not printed there.</summary>
    public int IndexIn(string text)
    {
        int at = -1;
        for (int n = 0; n < Occurrence; n++)
        {
            at = text.IndexOf(Number, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }
        }

        return at;
    }

    /// <summary>True when the only accepted verdict is supported: a correct claim, from which wrong variants are made.</summary>
    public bool IsCorrect => Verdicts is ["supported"];
}
