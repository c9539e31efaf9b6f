using System.Text.Json;
using Flowwatch.Analysis.Claims;
using Flowwatch.Application;

namespace Flowwatch.Tests.Analysis.Claims;

/// <summary>Reads the claim fixtures (jsonl) and scores extraction and verdicts against them.</summary>
internal static class ClaimFixtures
{
    public static readonly Lazy<ClaimVerifier> Verifier = new(() => new ClaimVerifier(BundledData.Read().Observations, references: Flowwatch.Sources.Catalogs.CapacityReader.LoadBundled().Items));

    public sealed record Expectation(string Number, string[] Verdicts);

    public sealed record Case(string Id, string Lang, DateOnly Published, string Text, IReadOnlyList<Expectation> Expect);

    public sealed record Score(string Lang, int Expected, int Extracted, int Matched, int VerdictsRight, List<string> Problems)
    {
        /// <summary>Claims marked contradicted that the case does not expect to be (a correct claim accused, or an extra claim accused).</summary>
        public int FalseContradicted { get; init; }

        public double Precision => Extracted == 0 ? 1 : (double)Matched / Extracted;

        public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

        public double Accuracy => Matched == 0 ? 1 : (double)VerdictsRight / Matched;
    }

    public static IReadOnlyList<Case> Load(string file)
    {
        var cases = new List<Case>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", file)))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement r = doc.RootElement;
            var expect = r.GetProperty("expect").EnumerateArray()
                .Select(e => new Expectation(e.GetProperty("number").GetString()!, e.GetProperty("verdict").EnumerateArray().Select(v => v.GetString()!).ToArray()))
                .ToList();
            cases.Add(new Case(r.GetProperty("id").GetString()!, r.GetProperty("lang").GetString()!, DateOnly.Parse(r.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                r.GetProperty("text").GetString()!, expect));
        }

        return cases;
    }

    /// <summary>Scores the cases per language; problems name the case and what went wrong.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="detectLanguage">Whether the language is detected rather than given.</param>
    /// <param name="checkCase">How a case is checked; by default against all bundled figures.</param>
    public static IReadOnlyList<Score> Evaluate(IEnumerable<Case> cases, bool detectLanguage = false, Func<Case, ArticleCheck>? checkCase = null)
    {
        var scores = new Dictionary<string, Score>(StringComparer.Ordinal);
        foreach (Case c in cases)
        {
            if (!scores.TryGetValue(c.Lang, out Score? s))
            {
                s = new Score(c.Lang, 0, 0, 0, 0, []);
            }

            ArticleCheck check = checkCase?.Invoke(c) ?? ArticleChecker.Check(c.Text, Verifier.Value, c.Published, detectLanguage ? null : c.Lang);
            var unmatched = check.Claims.ToList();
            int matched = 0, right = 0, falseContradicted = 0;
            foreach (Expectation e in c.Expect)
            {
                CheckedClaim? found = unmatched.FirstOrDefault(x => x.Claim.Text.Contains(e.Number, StringComparison.OrdinalIgnoreCase) || e.Number.Contains(x.Claim.Text, StringComparison.OrdinalIgnoreCase));
                if (found is null)
                {
                    s.Problems.Add($"{c.Id}: '{e.Number}' not found (found: {string.Join(" | ", check.Claims.Select(x => x.Claim.Text))})");
                    continue;
                }

                unmatched.Remove(found);
                matched++;
                string verdict = Reports.ClaimReports.Name(found.Verdict);
                if (e.Verdicts.Contains(verdict))
                {
                    right++;
                }
                else
                {
                    s.Problems.Add($"{c.Id}: '{e.Number}' is {verdict}, expected {string.Join("/", e.Verdicts)} ({found.Rule}: {found.Explanation})");
                    falseContradicted += found.Verdict == Verdict.Contradicted ? 1 : 0;
                }
            }

            foreach (CheckedClaim extra in unmatched)
            {
                s.Problems.Add($"{c.Id}: unexpected claim '{extra.Claim.Text}' ({Reports.ClaimReports.Name(extra.Verdict)})");
                falseContradicted += extra.Verdict == Verdict.Contradicted ? 1 : 0;
            }

            scores[c.Lang] = s with
            {
                Expected = s.Expected + c.Expect.Count,
                Extracted = s.Extracted + check.Claims.Count,
                Matched = s.Matched + matched,
                VerdictsRight = s.VerdictsRight + right,
                FalseContradicted = s.FalseContradicted + falseContradicted,
            };
        }

        return scores.Values.OrderBy(v => v.Lang, StringComparer.Ordinal).ToList();
    }
}
