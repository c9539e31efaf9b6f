using BenchmarkDotNet.Attributes;
using Flowwatch.Analysis.Claims;
using Flowwatch.Application;

namespace Flowwatch.Benchmarks;

/// <summary>Extraction and verification of 5 KB articles on one core: articles/second = 1 s / Mean.</summary>
[MemoryDiagnoser]
public class ClaimBenchmarks
{
    private List<(string Text, string Lang)> _articles = [];
    private ClaimVerifier _verifier = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _articles = SyntheticArticles.Make(300);
        _verifier = new ClaimVerifier(BundledData.Read().Observations);
    }

    [Benchmark(Description = "extract + verify one 5 KB article")]
    public int CheckArticle()
    {
        (string text, string lang) = _articles[_next++ % _articles.Count];
        return ArticleChecker.Check(text, _verifier, null, lang).Claims.Count;
    }
}
