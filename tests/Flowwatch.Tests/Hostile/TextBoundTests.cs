using System.Text;
using Flowwatch.Application.Articles;
using Flowwatch.Application.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Sources.Catalogs;
using Flowwatch.Sources.Eurostat;
using Flowwatch.Sources.Fsb;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Hostile;

/// <summary>
/// Every text Flowwatch reads holds to one bound (a line or row of at most 1 Mi characters) and one quoting rule, through
/// one layer (CsvText over TextShape): data files, citation lists, rules, events, capacities, names to screen and
/// articles. A 16 MiB line (past Sep's own limit, where it threw) is one error naming the line in each, never a crash.
/// </summary>
public sealed class TextBoundTests : IDisposable
{
    private const int SixteenMiB = 16 * 1024 * 1024;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // Each text input, by the header its file needs, and how it reports its problems.
    public static TheoryData<string> Inputs => new(Paths.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, (string Name, string Header, Func<SourceFile, IReadOnlyList<string>> Read)> Paths = new(StringComparer.Ordinal)
    {
        ["tidy"] = ("observations.csv", Some.TidyHeader, f => [.. new TidyCsvReader().Read(f).Diagnostics.Select(d => d.ToString())]),
        ["sdmx"] = ("x.sdmx.csv", "DATAFLOW,LAST UPDATE,freq,reason,citizen,duration,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG", f => [.. new EurostatSdmxCsvReader().Read(f).Diagnostics.Select(d => d.ToString())]),
        ["label-code"] = ("ie.csv", "Reason,Reason_code,Country of citizenship,Country of citizenship_code,Geopolitical entity (reporting),Geopolitical entity (reporting)_code,Time,Time_code,value", f => [.. new EurostatLabelCodeCsvReader().Read(f).Diagnostics.Select(d => d.ToString())]),
        ["tsv"] = ("x.tsv", "freq,reason,citizen,duration,unit,geo\\TIME_PERIOD\t2023 ", f => [.. new EurostatTsvReader().Read(f).Diagnostics.Select(d => d.ToString())]),
        ["fsb-csv"] = ("fsb-2024-Q2.csv", "Страна;Всего;Учеба;Работа", f => [.. new FsbTableCsvReader().Read(f).Diagnostics.Select(d => d.ToString())]),
        ["citations"] = ("sources.csv", "source_id,outlet,date,language,url", f => [.. CitationCatalog.Read(f).Diagnostics.Select(d => d.ToString())]),
        ["rules"] = ("rules.csv", string.Join(',', RuleCatalogReader.Columns), f => [.. RuleCatalogReader.Read(f).Diagnostics.Select(d => d.ToString())]),
        ["events"] = ("events.csv", string.Join(',', ContextEventReader.Columns), f => [.. ContextEventReader.Read(f).Diagnostics.Select(d => d.ToString())]),
        ["capacity"] = ("capacity.csv", string.Join(',', CapacityReader.Columns), f => [.. CapacityReader.Read(f).Diagnostics.Select(d => d.ToString())]),
        ["names"] = ("names.csv", "name,type,dob", f => ScreeningBatch.Read(f).Problems),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_16_MiB_line_is_one_bound_error_naming_the_line(string input)
    {
        (string name, string header, Func<SourceFile, IReadOnlyList<string>> read) = Paths[input];
        var text = new StringBuilder(SixteenMiB + header.Length + 2).Append(header).Append('\n').Append('A', SixteenMiB).Append('\n');

        IReadOnlyList<string> problems = read(new SourceFile(name, Encoding.UTF8.GetBytes(text.ToString())));

        string problem = Assert.Single(problems);
        Assert.Equal($"{name}, line 2: the line is longer than 1,048,576 characters; no line of a statistics file is that long. The file is damaged or not a data file. [{SourceMessages.BoundCode}]", problem);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_quote_left_open_is_one_error_naming_its_line(string input)
    {
        (string name, string header, Func<SourceFile, IReadOnlyList<string>> read) = Paths[input];
        if (input == "tsv")
        {
            return; // Eurostat's TSV has no quoting: a '"' there is data.
        }

        IReadOnlyList<string> problems = read(new SourceFile(name, Encoding.UTF8.GetBytes($"{header}\n\"Ri Je-son\nPak To Chun\n")));

        Assert.Contains(problems, p => p.StartsWith($"{name}, line 2: the quote opened on line 2 is never closed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("citations")]
    [InlineData("rules")]
    [InlineData("events")]
    [InlineData("capacity")]
    [InlineData("names")]
    [InlineData("sdmx")]
    [InlineData("label-code")]
    public void A_stray_quote_that_would_merge_rows_is_an_error_where_no_field_spans_lines(string input)
    {
        (string name, string header, Func<SourceFile, IReadOnlyList<string>> read) = Paths[input];

        IReadOnlyList<string> problems = read(new SourceFile(name, Encoding.UTF8.GetBytes($"{header}\n\"Ri Je-son\nPak To Chun\nKorea Ryonbong General Corporation\"\n")));

        Assert.Contains(problems, p => p.StartsWith($"{name}, line 2: a quoted field starts on this line and goes on over the next;", StringComparison.Ordinal)
            && p.EndsWith($"[{SourceMessages.MultiLineFieldCode}]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_note_running_past_the_bound_over_many_lines_is_a_bound_error()
    {
        var text = new StringBuilder(Some.TidyHeader).Append("\nru-fsb-entries-by-purpose,RU,KP,total,2024,1,,,\"");
        for (int i = 0; i < 20; i++)
        {
            text.Append('n', 100_000).Append('\n');
        }

        text.Append("\",\n");

        ReadResult result = new TidyCsvReader().Read(new SourceFile("notes.csv", Encoding.UTF8.GetBytes(text.ToString())));

        Diagnostic d = Assert.Single(result.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal((SourceMessages.BoundCode, "line 2"), (d.Code, d.Location));
        Assert.Contains("runs on for more than 1,048,576 characters", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_a_line_past_the_bound_is_refused_by_every_front_end()
    {
        string article = "Nordkorea.\n" + new string('x', TextShapeMax + 1) + "\n";

        Assert.Equal("line 2 is longer than 1,048,576 characters; an article is prose in paragraphs, and no paragraph is that long. Is it the article's text?", ArticleInput.LineProblem(article));
        Assert.Null(ArticleInput.LineProblem("Nordkorea.\n" + new string('x', TextShapeMax) + "\n"));
        Assert.False(ArticleInput.TryParse(new Flowwatch.Application.Queries.RequestParameters(Flowwatch.Application.Queries.ParameterStyle.QueryString), article, null, null, out _, out string? problem));
        Assert.Contains("line 2 is longer than", problem, StringComparison.Ordinal);

        string path = _dir.File("article.txt");
        File.WriteAllText(path, article);
        var (exit, _, err) = CliRunner.Run("verify", path, "--db", _dir.File("fw.db"));
        Assert.Equal(1, exit);
        Assert.Contains("article.txt: line 2 is longer than 1,048,576 characters", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_scan_ingest_and_watch_refuse_a_16_MiB_line_without_a_crash()
    {
        string db = _dir.File("fw.db");
        string names = _dir.Write("names.csv", "name\n" + new string('A', SixteenMiB) + "\n");
        string rules = _dir.Write("rules.csv", string.Join(',', RuleCatalogReader.Columns) + "\n" + new string('A', SixteenMiB) + "\n");
        Directory.CreateDirectory(_dir.File("inbox"));
        File.WriteAllText(_dir.File(Path.Combine("inbox", "sources.csv")), "source_id,outlet,date,language,url\nX," + new string('A', 17_000_000) + ",2024-01-01,en,http://x\n");
        File.WriteAllText(_dir.File(Path.Combine("inbox", "observations.csv")), Some.Tidy("ru-fsb-entries-by-purpose,RU,KP,total,2024,13221,,X,,"));

        foreach (string[] args in new[]
        {
            new[] { "screen", "--file", names, "--db", db },
            ["scan", "--rules", rules, "--db", db],
            ["ingest", _dir.File("inbox"), "--db", db],
            ["watch", _dir.File("inbox"), "--once", "--db", db],
        })
        {
            // watch logs a refused file and goes on (exit 0 after one pass); the others exit 1.
            var (exit, _, err) = CliRunner.Run(args);
            Assert.True(exit == (args[0] == "watch" ? 0 : 1), $"{args[0]}: exit {exit}: {err}");
            Assert.Contains("the line is longer than 1,048,576 characters", err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        }
    }

    private const int TextShapeMax = 1024 * 1024;
}
