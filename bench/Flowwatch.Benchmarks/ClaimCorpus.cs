using System.Globalization;
using Flowwatch.Analysis.Claims;
using Flowwatch.Application.Articles;
using Flowwatch.Benchmarks.Corpus;
using Flowwatch.Reports;

namespace Flowwatch.Benchmarks;

/// <summary>
/// `claims-corpus [FILE.jsonl ...] [--misses] [--variants]`: checks every case of the claims corpora against the figures a new
/// user has after `flowwatch demo` and `flowwatch ingest samples/real/` (as published by each case's date), and reports per
/// language: verdicts right, false `contradicted` (a correct or uncheckable claim accused, or an extra claim accused), false
/// `supported`, and the share of generated wrong variants caught (`contradicted` or `partly_supported`; none may be
/// `supported`). Without files: bench/corpus/press-claims.jsonl and the two development sets in tests/Flowwatch.Tests/Fixtures.
/// A benchmark, not a tuning loop: `--misses` lists what went wrong so that a mechanism can be fixed, never one sentence.
/// </summary>
internal static class ClaimCorpus
{
    private static readonly string[] DefaultFiles =
    [
        "bench/corpus/press-claims.jsonl",
        "tests/Flowwatch.Tests/Fixtures/claims-real-dev.jsonl",
        "tests/Flowwatch.Tests/Fixtures/claims-dev.jsonl",
    ];

    public static int Run(string[] args)
    {
        bool misses = args.Contains("--misses");
        bool listVariants = args.Contains("--variants");
        string root = RepositoryRoot();
        string[] files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (files.Length == 0)
        {
            files = [.. DefaultFiles.Select(f => Path.Combine(root, f))];
        }

        using var figures = new CorpusFigures(root);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Figures: the bundled data and {figures.FilesRead} files of samples/real ({figures.Latest.Count:N0} figures), each case checked against those published by its date."));
        bool allMet = true;
        foreach (string file in files)
        {
            IReadOnlyList<CorpusCase> cases = CorpusCase.Read(file);
            var scores = new SortedDictionary<string, CorpusScore>(StringComparer.Ordinal);
            var variants = new WrongVariants(figures.PublishedBy, c => Check(c, figures));
            foreach (CorpusCase c in cases)
            {
                if (!scores.TryGetValue(c.Lang, out CorpusScore? score))
                {
                    score = new CorpusScore();
                    scores[c.Lang] = score;
                }

                Score(c, Check(c, figures), score, variants, misses, listVariants);
            }

            allMet &= Print(Path.GetFileName(file), cases.Count, scores);
        }

        return allMet ? 0 : 1;
    }

    private static void Score(CorpusCase c, IReadOnlyList<CheckedClaim>? claims, CorpusScore score, WrongVariants variants, bool misses, bool listVariants)
    {
        var taken = new HashSet<CheckedClaim>(ReferenceEqualityComparer.Instance);
        foreach (CorpusExpectation e in c.Expect)
        {
            score.Expected++;
            CheckedClaim? found = claims is null ? null : WrongVariants.Match(claims, c, e, taken);
            string got = found is null ? (claims is null ? "not read" : "no claim") : ClaimReports.Name(found.Verdict);
            if (found is not null)
            {
                taken.Add(found);
            }

            // A number the corpus accepts only as not checkable is right when Flowwatch gives it no verdict at all (not
            // read as a claim: a duration, an uncovered count); counted apart, so that the strict score can be read too.
            bool noVerdict = found is null && claims is not null && e.Verdicts is ["not_checkable"];
            bool right = e.Verdicts.Contains(got) || noVerdict;
            score.Right += right ? 1 : 0;
            score.NoVerdict += noVerdict ? 1 : 0;
            score.Missing += found is null ? 1 : 0;
            score.FalseContradicted += !right && got == "contradicted" ? 1 : 0;
            score.FalseSupported += !right && got == "supported" ? 1 : 0;
            if (!right && misses)
            {
                Console.WriteLine($"  miss {c.Id} '{e.Number}': expected {string.Join("/", e.Verdicts)}, got {got}{(found is null ? "" : $" ({found.Rule}: {Shorten(found.Explanation)})")}");
            }

            if (e.IsCorrect)
            {
                foreach (WrongVariant v in variants.Of(c, e, found, null))
                {
                    IReadOnlyList<CheckedClaim>? checkedVariant = Check(v.Case, null);
                    CheckedClaim? read = checkedVariant is null ? null : WrongVariants.Match(checkedVariant, v.Case, v.Number);
                    string verdict = read is null ? "no claim" : ClaimReports.Name(read.Verdict);
                    bool caught = verdict is "contradicted" or "partly_supported";
                    if (!caught && read?.Rule == "seen-later")
                    {
                        // Its figure was first attested after the article: such a figure may support a claim but never
                        // contradict it, so the variant cannot be caught by the figures of the article's date.
                        score.VariantsUncatchable++;
                        continue;
                    }

                    score.Variants++;
                    score.VariantsCaught += caught ? 1 : 0;
                    score.VariantsSupported += verdict == "supported" ? 1 : 0;
                    (int made, int caughtOfKind) = score.ByKind.GetValueOrDefault(v.Kind);
                    score.ByKind[v.Kind] = (made + 1, caughtOfKind + (caught ? 1 : 0));
                    if (listVariants || (misses && !caught))
                    {
                        Console.WriteLine($"  variant {c.Id} {v.Kind} ({v.Why}): {verdict}{(read is null ? "" : $" ({read.Rule}: {Shorten(read.Explanation)})")}");
                    }
                }
            }
        }

        foreach (CheckedClaim extra in claims ?? [])
        {
            if (extra.Claim.Start >= c.TextStart && !taken.Contains(extra))
            {
                score.Extra++;
                if (extra.Verdict == Verdict.Contradicted)
                {
                    score.ExtraContradicted++;
                    score.FalseContradicted++;
                    if (misses)
                    {
                        Console.WriteLine($"  extra claim accused {c.Id} '{extra.Claim.Text}': {Shorten(extra.Explanation)}");
                    }
                }
            }
        }
    }

    private static CorpusFigures? _figures;

    private static IReadOnlyList<CheckedClaim>? Check(CorpusCase c, CorpusFigures? figures)
    {
        figures ??= _figures;
        _figures = figures;
        var input = new ArticleInput(c.Article, c.Published, c.Lang);
        return ArticleVerification.TryVerify(input, figures!.Figures, null, out VerifiedArticle? verified, out _) ? verified!.Check.Claims : null;
    }

    private static bool Print(string file, int cases, SortedDictionary<string, CorpusScore> scores)
    {
        var all = new CorpusScore();
        foreach (CorpusScore s in scores.Values)
        {
            all.Add(s);
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {cases} cases, {all.Expected} expected numbers"));
        Console.WriteLine("lang  right (no verdict)      false contradicted  false supported  extra claims (accused)  wrong variants caught        (supported, figure later)  by kind (caught/made)");
        bool met = true;
        foreach ((string lang, CorpusScore s) in scores.Append(new KeyValuePair<string, CorpusScore>("all", all)))
        {
            double accuracy = s.Expected == 0 ? 1 : (double)s.Right / s.Expected;
            double caught = s.Variants == 0 ? 1 : (double)s.VariantsCaught / s.Variants;
            string kinds = string.Join(", ", s.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value.Caught}/{k.Value.Made}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{lang,-5} {s.Right,3}/{s.Expected,-3} {accuracy,7:P1} ({s.NoVerdict,2})  {s.FalseContradicted,18}  {s.FalseSupported,15}  {s.Extra,12} ({s.ExtraContradicted})  {s.VariantsCaught,6}/{s.Variants,-4} {caught,7:P1}  {s.VariantsSupported,10}, {s.VariantsUncatchable,3}       {kinds}"));
            if (lang is "de" or "en" or "ru" or "ko")
            {
                met &= accuracy >= 0.95 && s.FalseContradicted == 0 && s.FalseSupported == 0 && caught >= 0.90 && s.VariantsSupported == 0;
            }
        }

        return met;
    }

    private static string Shorten(string text) => text.Length <= 220 ? text : text[..217] + "...";

    private static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Flowwatch.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? Directory.GetCurrentDirectory();
    }
}
