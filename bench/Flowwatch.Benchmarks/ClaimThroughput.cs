using System.Diagnostics;
using System.Globalization;
using Flowwatch.Analysis.Claims;
using Flowwatch.Application;

namespace Flowwatch.Benchmarks;

/// <summary>`claims-throughput [N]`: checks N synthetic 5 KB articles on one thread, prints articles/second and p50/p99 per article.</summary>
internal static class ClaimThroughput
{
    public static int Run(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var articles = SyntheticArticles.Make(600);
        var verifier = new ClaimVerifier(BundledData.Read().Observations);
        for (int i = 0; i < 2000; i++)
        {
            (string t, string l) = articles[i % articles.Count];
            ArticleChecker.Check(t, verifier, null, l);
        }

        var times = new double[n];
        long claims = 0;
        var total = Stopwatch.StartNew();
        for (int i = 0; i < n; i++)
        {
            (string t, string l) = articles[i % articles.Count];
            long start = Stopwatch.GetTimestamp();
            claims += ArticleChecker.Check(t, verifier, null, l).Claims.Count;
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        total.Stop();
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n} articles (~5 KB, synthetic) in {total.Elapsed.TotalSeconds:0.00} s on one thread: {n / total.Elapsed.TotalSeconds:N0} articles/s, {claims / (double)n:0.0} claims/article; per article p50 {times[n / 2]:0} us, p99 {times[(int)(n * 0.99)]:0} us, max {times[^1]:0} us"));
        return 0;
    }
}
