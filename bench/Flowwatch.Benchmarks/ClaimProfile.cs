using System.Diagnostics;
using System.Globalization;
using Flowwatch.Analysis.Claims;

namespace Flowwatch.Benchmarks;

/// <summary>`claims-profile`: CPU time of each stage of claim extraction over synthetic articles.</summary>
internal static class ClaimProfile
{
    public static int Run(string[] args)
    {
        var articles = SyntheticArticles.Make(600);
        int n = 5000;
        Measure("ArticleText.Parse", n, i => ArticleText.Parse(articles[i % 600].Text));
        var parsed = articles.Select(a => (ArticleText.Parse(a.Text).Text, a.Lang)).ToList();
        var words = parsed.Select(p => p.Text.Split([' ', '.', ',', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToList();
        Measure("Lexicon.Find for every word", n, i => { var lex = Lexicon.For(parsed[i % 600].Lang); foreach (string w in words[i % 600]) { lex.Find(w); } });
        var tokens = new TokenBuffer(2000);
        Measure("Tokenize", n, i => { tokens.Clear(); Tokenizer.Tokenize(parsed[i % 600].Text, Lexicon.For(parsed[i % 600].Lang), tokens); });
        Measure("Language detection", n, i => LanguageDetector.Detect(parsed[i % 600].Text));
        var texts = articles.Select(a => ArticleText.Parse(a.Text)).ToList();
        Measure("ClaimExtractor.Extract (tokenizing included)", args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : n, i => ClaimExtractor.Extract(texts[i % 600], articles[i % 600].Lang, null));
        return 0;
    }

    private static void Measure(string what, int n, Action<int> action)
    {
        for (int i = 0; i < 500; i++)
        {
            action(i);
        }

        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < n; i++)
        {
            action(i);
        }

        double us = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / n;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {us:0.0} us CPU per article"));
    }
}
