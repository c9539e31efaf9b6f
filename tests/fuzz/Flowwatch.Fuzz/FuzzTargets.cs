using System.Text;
using Flowwatch.Analysis.Claims;
using Flowwatch.Model;
using Flowwatch.Sources;

namespace Flowwatch.Fuzz;

/// <summary>
/// What each fuzz target does with one input. A target throws (a crash, for the fuzzer) when a reader
/// throws, or when it breaks a promise of docs/reliability.md: a result with neither figures nor an error,
/// a diagnostic naming another file or spanning lines, or a count outside 0..10^9.
/// </summary>
internal static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, (string FileName, Action<byte[]> Run)> All = new Dictionary<string, (string, Action<byte[]>)>(StringComparer.Ordinal)
    {
        ["tidy"] = ("observations.csv", bytes => Check(new TidyCsvReader(), "observations.csv", bytes)),
        ["sdmx"] = ("eurostat.sdmx.csv", bytes => Check(new EurostatSdmxCsvReader(), "eurostat.sdmx.csv", bytes)),
        ["tsv"] = ("eurostat.tsv", bytes => Check(new EurostatTsvReader(), "eurostat.tsv", bytes)),
        ["fsb-csv"] = ("fsb-2024-Q2.csv", bytes => Check(new FsbTableCsvReader(), "fsb-2024-Q2.csv", bytes)),
        ["fsb-xlsx"] = ("fsb-2024-Q2.xlsx", bytes => Check(new FsbTableXlsxReader(), "fsb-2024-Q2.xlsx", bytes)),
        ["formats"] = ("any.csv", bytes => CheckResult(SourceFormats.Read(new SourceFile("any.csv", bytes), CitationCatalog.Empty), "any.csv")),
        ["claims"] = ("article.txt", Claims),
    };

    private static void Check(IObservationReader reader, string name, byte[] bytes) =>
        CheckResult(reader.Read(new SourceFile(name, bytes)), name);

    private static void CheckResult(ReadResult result, string name)
    {
        if (!result.HasErrors && result.Observations.Count == 0)
        {
            throw new InvalidOperationException("neither figures nor an error");
        }

        foreach (Diagnostic d in result.Diagnostics)
        {
            if (d.File != name || d.Message.Contains('\n', StringComparison.Ordinal))
            {
                throw new InvalidOperationException("a diagnostic names another file or spans lines: " + d);
            }
        }

        if (!result.HasErrors && result.Observations.Any(o => o.Flag != ObservationFlag.Derived && !CountLimits.IsCount(o.Value)))
        {
            throw new InvalidOperationException("a count outside 0..10^9 was accepted");
        }
    }

    private static void Claims(byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        ArticleText article = ArticleText.Parse(text);
        _ = ClaimExtractor.Extract(article, LanguageDetector.Detect(text), null);
    }
}
