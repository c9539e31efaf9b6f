using System.Text;
using Flowwatch.Analysis.Claims;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Eurostat;
using Flowwatch.Sources.Fsb;
using Flowwatch.Sources.TidyCsv;

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
        ["names"] = ("names.csv", Names),
        ["citations"] = ("sources.csv", Citations),
        ["unlist"] = ("consolidated.xml", UnList),
        ["article"] = ("article.txt", Article),
    };

    private static void Check(IObservationReader reader, string name, byte[] bytes) =>
        CheckResult(reader.Read(new SourceFile(name, bytes)), name);

    private static void CheckResult(ReadResult result, string name)
    {
        if (!result.HasErrors && result.Observations.Count == 0)
        {
            throw new InvalidOperationException("neither figures nor an error");
        }

        CheckDiagnostics(result.Diagnostics, name);

        if (!result.HasErrors && result.Observations.Any(o => o.Flag != ObservationFlag.Derived && !CountLimits.IsCount(o.Value)))
        {
            throw new InvalidOperationException("a count outside 0..10^9 was accepted");
        }
    }

    // A names file for `screen --file`: queries or problems, never both, never neither, each problem one line.
    private static void Names(byte[] bytes)
    {
        (IReadOnlyList<Analysis.Sanctions.ScreeningQuery> queries, IReadOnlyList<string> problems) = Application.Sanctions.ScreeningBatch.Read(new SourceFile("names.csv", bytes));
        if ((queries.Count == 0) == (problems.Count == 0) || problems.Any(p => p.Contains('\n', StringComparison.Ordinal) || !p.StartsWith("names.csv", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("a names file gave both queries and problems, or neither, or a problem that spans lines or names another file");
        }
    }

    // A citation list: an error refuses it whole; every problem names the file and stays on its line.
    private static void Citations(byte[] bytes)
    {
        (_, IReadOnlyList<Diagnostic> diagnostics) = CitationCatalog.Read(new SourceFile("sources.csv", bytes));
        CheckDiagnostics(diagnostics, "sources.csv");
    }

    // The UN consolidated list: a list or an error, within its bounds.
    private static void UnList(byte[] bytes)
    {
        Sources.Sanctions.SanctionsReadResult result = Sources.Sanctions.UnListReader.Read(new SourceFile("consolidated.xml", bytes));
        if (result.List is null && !result.HasErrors)
        {
            throw new InvalidOperationException("neither a list nor an error");
        }

        CheckDiagnostics(result.Diagnostics, "consolidated.xml");
    }

    // The article reader, as the command and the web take an article: the line bound, then front matter and markup.
    private static void Article(byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        if (Application.Articles.ArticleInput.LineProblem(text) is not null)
        {
            return;
        }

        ArticleText article = ArticleText.Parse(text);
        _ = LanguageDetector.Detect(article.Text);
    }

    private static void CheckDiagnostics(IReadOnlyList<Diagnostic> diagnostics, string name)
    {
        foreach (Diagnostic d in diagnostics)
        {
            if (d.File != name || d.Message.Contains('\n', StringComparison.Ordinal))
            {
                throw new InvalidOperationException("a diagnostic names another file or spans lines: " + d);
            }
        }
    }

    private static void Claims(byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        ArticleText article = ArticleText.Parse(text);
        _ = ClaimExtractor.Extract(article, LanguageDetector.Detect(text), null);
    }
}
