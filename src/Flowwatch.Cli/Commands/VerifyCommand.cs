using System.CommandLine;
using System.Globalization;
using System.Text;
using Flowwatch.Analysis.Claims;
using Flowwatch.Analysis.Trace;
using Flowwatch.Application.Articles;
using Flowwatch.Application.Queries;
using Flowwatch.Application.Trace;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Reports.ClaimReview;
using Flowwatch.Reports.Sanctions;
using Flowwatch.Store;
using Flowwatch.Store.Articles;
using Spectre.Console;

namespace Flowwatch.Cli.Commands;

internal static class VerifyCommand
{
    // Bigger inputs are refused with a clear message rather than read: no news article is this long.
    private const long MaxInputBytes = 64L * 1024 * 1024;

    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "The article (plain text, Markdown or HTML; front matter date/lang/url optional); '-' or nothing for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var published = new Option<string?>("--published") { Description = "Publication date (yyyy-MM-dd); overrides the front matter." };
        var lang = new Option<string>("--lang") { Description = $"Language: {string.Join(", ", RequestParameters.ArticleLanguages)} (auto: front matter, else detected).", DefaultValueFactory = _ => "auto" };
        lang.AcceptOnlyFromAmong([.. RequestParameters.ArticleLanguages]);
        Option<string> format = CommonOptions.Format("text", "markdown", "html", "json", "claimreview");
        var reviewer = new Option<string?>("--reviewer") { Description = $"With --format claimreview: the organisation named as the reviews' author (default: ${ClaimReviewAuthor.NameVariable}, else Flowwatch)." };
        var reviewerUrl = new Option<string?>("--reviewer-url") { Description = $"With --format claimreview: the organisation's address (default: ${ClaimReviewAuthor.UrlVariable})." };
        var command = new Command("verify", "Find the statistical claims in a news article and check each against the figures published by its date.") { file, published, lang, format, reviewer, reviewerUrl };
        command.Options.Add(ProvenanceOptions.KnownAt);
        command.Options.Add(ProvenanceOptions.IncludeSynthetic);
        command.SetAction(parse =>
        {
            if (!ProvenanceOptions.TryApply(null, parse.GetValue(ProvenanceOptions.KnownAt), parse.GetValue(ProvenanceOptions.IncludeSynthetic), ObservationQuery.All, out ObservationQuery query, out string? problem))
            {
                Terminal.Fail(problem!);
                return ExitCodes.Usage;
            }

            return Run(parse.GetValue(file), parse.GetValue(published), parse.GetValue(lang)!, parse.GetValue(format)!, parse.GetValue(CommonOptions.Db), query,
                ClaimReviewAuthor.Resolve(parse.GetValue(reviewer), parse.GetValue(reviewerUrl)));
        });
        return command;
    }

    private static int Run(string? file, string? publishedText, string lang, string format, string? db, ObservationQuery query, ClaimReviewAuthor reviewer)
    {
        if (!TryRead(file, out string? text, out string? problem))
        {
            Terminal.Fail(problem!);
            return ExitCodes.BadInput;
        }

        // The text is read and not empty: what can still be wrong is an option's value.
        if (!ArticleInput.TryParse(CommonOptions.Parameters, text, publishedText, lang, out ArticleInput? input, out problem))
        {
            Terminal.Fail(problem!);
            return ExitCodes.Usage;
        }

        VerifiedArticle? verified;
        using (IObservationStore store = StoreOpener.OpenForReading(db))
        {
            if (!ArticleVerification.TryVerify(input!, ArticleFigures.Of(store, query), SanctionsStoreOpener.OpenScreeningReadOnly(db), out verified, out problem))
            {
                Terminal.Fail($"{file ?? "-"}: {problem}");
                return ExitCodes.BadInput;
            }
        }

        ArticleCheck check = verified!.Check;
        IReadOnlyList<DesignatedNameRow> names = verified.DesignatedNames ?? [];
        switch (format)
        {
            case "claimreview":
                {
                    // The article's front matter names its outlet; the stored articles' genealogy gives each claim's first known appearance.
                    using IArticleStore articles = StoreOpener.OpenArticlesReadOnly(db);
                    TraceResult known = ArticleTrace.Trace(articles.Articles());
                    IReadOnlyList<ClaimReviewRow> reviews = ClaimReviews.For(verified, text!, Path.GetFileName(file ?? "standard-input.txt"), known, reviewer, DateOnly.FromDateTime(DateTime.UtcNow));
                    Terminal.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(reviews, ClaimReviewJsonContext.Readable.IReadOnlyListClaimReviewRow));
                    break;
                }

            case "json":
                Terminal.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(verified.Report(), ClaimJsonContext.Readable.ClaimReport));
                break;
            case "markdown":
                Terminal.Out.Write(ClaimReports.ToMarkdown(check));
                WriteNotes(verified, markdown: true);
                Terminal.Out.Write(DesignatedNameReports.ToMarkdown(names));
                break;
            case "html":
                Terminal.Out.Write(ClaimReports.ToHtml(check).Replace("</body></html>", DesignatedNameReports.ToHtml(names) + "</body></html>", StringComparison.Ordinal));
                break;
            default:
                WriteText(check);
                WriteNotes(verified, markdown: false);
                DesignatedNamesCommandText.Write(names);
                break;
        }

        return ExitCodes.Ok;
    }

    // Which figures the article was checked against, and where a later release says otherwise.
    private static void WriteNotes(VerifiedArticle verified, bool markdown)
    {
        TextWriter o = Terminal.Out;
        o.WriteLine();
        o.WriteLine(markdown ? $"_{verified.Basis}_" : verified.Basis);
        foreach (string note in verified.LaterReleaseLines)
        {
            o.WriteLine((markdown ? "- " : "note: ") + note);
        }
    }

    internal static bool TryRead(string? file, out string? text, out string? problem)
    {
        text = null;
        problem = null;
        try
        {
            byte[] bytes;
            if (file is null or "-")
            {
                using Stream stdin = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                bytes = buffer.ToArray();
                file = "standard input";
            }
            else
            {
                var info = new FileInfo(file);
                if (!info.Exists)
                {
                    problem = $"{file}: no such file.";
                    return false;
                }

                if (info.Length > MaxInputBytes)
                {
                    problem = $"{file}: {info.Length:N0} bytes; expected an article of at most {MaxInputBytes:N0} bytes.";
                    return false;
                }

                bytes = File.ReadAllBytes(file);
            }

            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                problem = $"{file}: contains NUL bytes; expected text (UTF-8), not a binary file.";
                return false;
            }

            text = new UTF8Encoding(false, false).GetString(bytes);
            if (string.IsNullOrWhiteSpace(text))
            {
                problem = $"{file}: the article is empty; expected the text of an article.";
                return false;
            }

            if (ArticleInput.LineProblem(text) is string lines)
            {
                problem = $"{file}: {lines}";
                return false;
            }

            return true;
        }
        catch (IOException ex)
        {
            problem = $"{file}: {ex.Message}";
            return false;
        }
        catch (UnauthorizedAccessException ex)
        {
            problem = $"{file}: {ex.Message}";
            return false;
        }
    }

    private static void WriteText(ArticleCheck check)
    {
        IAnsiConsole console = Terminal.Console();
        console.MarkupLine($"[bold]Claims checked[/] (language {check.Language}, published {check.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}): {check.Claims.Count}{(check.ClaimsLeftOut > 0 ? $" of {check.Claims.Count + check.ClaimsLeftOut:N0} found" : "")}");
        console.WriteLine();
        string input = check.Article.Input;
        var text = new StringBuilder();
        // The front matter is metadata, not article text: it is not reprinted.
        int at = check.Article.BodyStart, n = 1;
        foreach (CheckedClaim c in check.Claims)
        {
            if (c.Claim.Start < at)
            {
                continue;
            }

            text.Append(Markup.Escape(input[at..c.Claim.Start]));
            text.Append(CultureInfo.InvariantCulture, $"[{Colour(c.Verdict)} bold]{Markup.Escape(input[c.Claim.Start..c.Claim.End])}[/][{Colour(c.Verdict)}] ⟨{n}: {ClaimReports.Name(c.Verdict)}⟩[/]");
            at = c.Claim.End;
            n++;
        }

        text.Append(Markup.Escape(input[at..]));
        console.MarkupLine(text.ToString());
        console.WriteLine();
        n = 1;
        foreach (CheckedClaim c in check.Claims)
        {
            console.MarkupLine($"[{Colour(c.Verdict)} bold]{n}. {Markup.Escape(c.Claim.Text)}: {ClaimReports.Name(c.Verdict)}[/] [grey](rule {Markup.Escape(c.Rule)})[/]");
            console.MarkupLine("   " + Markup.Escape(c.Explanation) + (c.RelativeError is { } r ? Markup.Escape(string.Create(CultureInfo.InvariantCulture, $" (off by {r:+0.0%;-0.0%;0%})")) : ""));
            foreach (ClaimEvidence e in c.Evidence)
            {
                string cites = string.Join(", ", e.Basis.SelectMany(b => b.Provenance.Citations).Select(x => x.Id).Distinct());
                console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"   {e.Role}: {DatasetCatalog.Bundled.TitleOf(e.Dataset)}, {e.Breakdown}, {e.Period} = {e.Value:#,0.##} [{cites}]")));
            }

            n++;
        }

        if (check.LeftOutNote is { } leftOut)
        {
            console.WriteLine();
            console.MarkupLine("[yellow]" + Markup.Escape(leftOut) + "[/]");
        }
    }

    /// <summary>
    /// For `flowwatch demo`: checks the bundled seed article as `flowwatch verify` would (against the figures published
    /// by its date) and prints one line per claim.
    /// </summary>
    internal static void WriteSeedVerdicts(IAnsiConsole console, IObservationStore store)
    {
        using Stream? stream = typeof(VerifyCommand).Assembly.GetManifestResourceStream("samples/seed-de-2025-02-10.txt");
        if (stream is null)
        {
            return;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        if (!ArticleInput.TryParse(CommonOptions.Parameters, reader.ReadToEnd(), null, "auto", out ArticleInput? input, out _)
            || !ArticleVerification.TryVerify(input!, ArticleFigures.Of(store, ObservationQuery.All), null, out VerifiedArticle? verified, out _))
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]The seed article (German, 2025-02-10) checked against these figures[/] (flowwatch verify samples/articles/seed-de-2025-02-10.txt)");
        foreach (CheckedClaim c in verified!.Check.Claims)
        {
            console.MarkupLine($"  [{Colour(c.Verdict)}]{Markup.Escape(c.Claim.Text),-16} {ClaimReports.Name(c.Verdict),-17}[/] {Markup.Escape(c.Explanation)}");
        }
    }

    private static string Colour(Verdict v) => v switch
    {
        Verdict.Supported => "green",
        Verdict.Contradicted => "red",
        Verdict.PartlySupported => "yellow",
        _ => "grey",
    };
}
