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

        // Reading and tokenizing alone, then extraction alone, to see where the time goes.
        TimeSpan cpuT = Process.GetCurrentProcess().TotalProcessorTime;
        var tokens = new TokenBuffer(2000);
        for (int i = 0; i < n; i++)
        {
            (string t, string l) = articles[i % articles.Count];
            tokens.Clear();
            Tokenizer.Tokenize(ArticleText.Parse(t).Text, Lexicon.For(l), tokens);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read + tokenize alone: {n / (Process.GetCurrentProcess().TotalProcessorTime - cpuT).TotalSeconds:N0} articles per CPU-second"));

        TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var extractOnly = Stopwatch.StartNew();
        for (int i = 0; i < n; i++)
        {
            (string t, string l) = articles[i % articles.Count];
            ClaimExtractor.Extract(ArticleText.Parse(t), l, null);
        }

        extractOnly.Stop();
        TimeSpan cpu1 = Process.GetCurrentProcess().TotalProcessorTime;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extraction alone: {n / extractOnly.Elapsed.TotalSeconds:N0} articles/s wall, {n / (cpu1 - cpu0).TotalSeconds:N0} articles per CPU-second"));
        var times = new double[n];
        var cpuTimes = new double[n];
        long claims = 0;
        TimeSpan cpu2 = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        for (int i = 0; i < n; i++)
        {
            (string t, string l) = articles[i % articles.Count];
            long start = Stopwatch.GetTimestamp();
            double cpuStart = ThreadCpuMicroseconds();
            claims += ArticleChecker.Check(t, verifier, null, l).Claims.Count;
            cpuTimes[i] = ThreadCpuMicroseconds() - cpuStart;
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        total.Stop();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu2;
        Array.Sort(times);
        Array.Sort(cpuTimes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n} articles (~5 KB, synthetic) in {total.Elapsed.TotalSeconds:0.00} s on one thread: {n / total.Elapsed.TotalSeconds:N0} articles/s wall, {n / cpu.TotalSeconds:N0} per CPU-second (machine load {LoadAverage()}), {claims / (double)n:0.0} claims/article; per article p50 {times[n / 2]:0} us, p99 {times[(int)(n * 0.99)]:0} us, max {times[^1]:0} us (wall); thread CPU time per article p50 {cpuTimes[n / 2]:0} us, p99 {cpuTimes[(int)(n * 0.99)]:0} us"));
        return 0;
    }

    // CLOCK_THREAD_CPUTIME_ID: time this thread ran, which a busy shared machine does not inflate by preemption.
    private static double ThreadCpuMicroseconds() =>
        clock_gettime(3, out TimeSpec ts) == 0 ? (ts.Seconds * 1e6) + (ts.Nanoseconds / 1e3) : 0;

#pragma warning disable SYSLIB1054, CA5392 // a benchmark-only call into libc
    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054, CA5392

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // The machine is shared: the load average says how far wall-clock figures are from one free core.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
