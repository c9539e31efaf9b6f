using System.Globalization;
using System.Text;
using Flowwatch.Analysis.Claims;
using Flowwatch.Model;
using Flowwatch.Reports.Html;

namespace Flowwatch.Reports;

/// <summary>Writes an <see cref="ArticleCheck"/> as the JSON contract, Markdown or HTML.</summary>
public static class ClaimReports
{
    /// <summary>The verdict's name in the JSON contract.</summary>
    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Contradicted => "contradicted",
        Verdict.PartlySupported => "partly_supported",
        _ => "not_checkable",
    };

    /// <summary>The longest sentence quoted whole; a longer one is quoted as an excerpt around the claim.</summary>
    public const int MaxSentenceChars = 600;

    /// <summary>The report in the JSON contract's shape: the claims checked (at most <see cref="ArticleChecker.MaxClaims"/>), each sentence at most about <see cref="MaxSentenceChars"/> characters.</summary>
    public static ClaimReport ToReport(ArticleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new ClaimReport
        {
            Document = new ClaimDocumentInfo { Language = check.Language, Published = check.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            Claims = check.Claims.Select(c => Row(c, check.Article.Input)).ToList(),
            ClaimsLeftOut = check.ClaimsLeftOut > 0 ? check.ClaimsLeftOut : null,
        };
    }

    // A sentence many times the claim (a paste with no full stop) would be repeated whole in every claim's row: the
    // row quotes the text around the claim instead, marked as cut with an ellipsis.
    private static string Sentence(CheckedClaim c, string input)
    {
        if (c.Claim.Sentence.Length <= MaxSentenceChars)
        {
            return c.Claim.Sentence;
        }

        int around = (MaxSentenceChars - (c.Claim.End - c.Claim.Start)) / 2;
        int from = Math.Max(0, c.Claim.Start - Math.Max(0, around));
        int to = Math.Min(input.Length, c.Claim.End + Math.Max(0, around));
        return (from > 0 ? "…" : "") + input[from..to].Trim() + (to < input.Length ? "…" : "");
    }

    /// <summary>The report as JSON text.</summary>
    public static string ToJson(ArticleCheck check) =>
        System.Text.Json.JsonSerializer.Serialize(ToReport(check), ClaimJsonContext.Readable.ClaimReport);

    private static FrameRow Frame(ClaimFrame f) => new()
    {
        Reporter = f.Reporter?.Code,
        Partner = f.Partner?.Code,
        Dataset = f.Dataset?.Id,
        Breakdown = f.Breakdown?.Code,
        Period = f.Period?.ToString(),
        ComparedWith = f.ComparedWith?.ToString(),
    };

    private static InterpretationRow? Interpretation(ClaimFrame? f, string input) => f is null ? null : new()
    {
        Frame = Frame(f),
        Clear = f.Clear,
        PeriodSource = f.PeriodSource.Length > 0 ? f.PeriodSource : null,
        PartnerSource = f.PartnerSource.Length > 0 ? f.PartnerSource : null,
        Words = f.Words.Select(w => new FrameWordRow { Part = w.Part, Text = input[w.Start..w.End], Start = w.Start, End = w.End }).ToList(),
    };

    private static ClaimRow Row(CheckedClaim c, string input) => new()
    {
        RelativeError = c.RelativeError,
        Interpretation = Interpretation(c.Interpretation, input),
        Alternatives = c.Alternatives.Select(a => new AlternativeRow
        {
            Frame = Frame(a.Frame),
            Clear = a.Frame.Clear,
            Verdict = a.Verdict is { } v ? Name(v) : null,
            Value = a.Actual,
            Rule = a.Rule.Length > 0 ? a.Rule : null,
        }).ToList(),
        Start = c.Claim.Start,
        End = c.Claim.End,
        Text = c.Claim.Text,
        Sentence = Sentence(c, input),
        Quantity = new QuantityRow
        {
            Value = c.Claim.Quantity.Value,
            Qualifier = Snake(c.Claim.Quantity.Qualifier.ToString()),
            Kind = Snake(c.Claim.Quantity.Kind.ToString()),
        },
        Frame = Frame(c.Claim.Frame),
        Verdict = Name(c.Verdict),
        Actual = c.Actual,
        Rule = c.Rule,
        Explanation = c.Explanation,
        Evidence = c.Evidence.Select(e => new EvidenceRow
        {
            Dataset = e.Dataset.Id,
            Breakdown = e.Breakdown.Code,
            Period = e.Period.ToString(),
            Value = e.Value,
            Role = e.Role,
            Sources = e.Basis.SelectMany(b => b.Provenance.Citations).DistinctBy(x => x.Id)
                .Select(x => new CitationRef { Id = x.Id, Outlet = x.Outlet, Date = x.Date, Url = x.Url }).ToList(),
        }).ToList(),
    };

    private static string Snake(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    /// <summary>The article as Markdown: each claim in bold with its verdict, then a list of verdicts with evidence.</summary>
    public static string ToMarkdown(ArticleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Claims checked ({check.Language}, published {check.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"})\n\n");
        // The front matter is metadata, not article text: it is not reprinted.
        int at = check.Article.BodyStart;
        string input = check.Article.Input;
        int n = 1;
        foreach (CheckedClaim c in check.Claims)
        {
            if (c.Claim.Start < at)
            {
                continue;
            }

            AppendMarkdownText(sb, input, at, c.Claim.Start);
            sb.Append(CultureInfo.InvariantCulture, $"**{input[c.Claim.Start..c.Claim.End]}** [{n}: {Name(c.Verdict)}]");
            at = c.Claim.End;
            n++;
        }

        AppendMarkdownText(sb, input, at, input.Length);
        sb.Append("\n\n## Verdicts\n\n");
        n = 1;
        foreach (CheckedClaim c in check.Claims)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{n}. **{c.Claim.Text}**: {Name(c.Verdict)} (rule `{c.Rule}`). {c.Explanation}\n");
            foreach (ClaimEvidence e in c.Evidence)
            {
                sb.Append(CultureInfo.InvariantCulture, $"   - {e.Role}: {DatasetCatalog.Bundled.TitleOf(e.Dataset)}, {e.Breakdown}, {e.Period} = {e.Value:#,0.##}; sources: {Sources(e)}\n");
            }

            n++;
        }

        if (check.LeftOutNote is { } leftOut)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n_{leftOut}_\n");
        }

        return sb.ToString();
    }

    // A line of only '-' or '=' under text makes that text a heading in Markdown (a setext heading); a blank line
    // before it keeps the article's line as text and the rule as a rule.
    private static void AppendMarkdownText(StringBuilder sb, string input, int from, int to)
    {
        int lineStart = from;
        while (lineStart <= to)
        {
            int newline = input.IndexOf('\n', lineStart, to - lineStart);
            int lineEnd = newline < 0 ? to : newline;
            ReadOnlySpan<char> line = input.AsSpan(lineStart, lineEnd - lineStart);
            bool wholeLine = (lineStart == 0 || input[lineStart - 1] == '\n') && (newline >= 0 || to == input.Length);
            if (wholeLine && IsUnderline(line.Trim()) && sb.Length > 0 && sb[^1] == '\n' && !(sb.Length > 1 && sb[^2] == '\n'))
            {
                sb.Append('\n');
            }

            sb.Append(line);
            if (newline < 0)
            {
                break;
            }

            sb.Append('\n');
            lineStart = newline + 1;
        }
    }

    private static bool IsUnderline(ReadOnlySpan<char> line) =>
        line.Length >= 2 && (line.IndexOfAnyExcept('-') < 0 || line.IndexOfAnyExcept('=') < 0);

    // A constant of ours, never input: the one piece of markup the page copies verbatim.
    private static readonly TrustedHtml PageStyle = TrustedHtml.FromConstantCss(
        "\nbody{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.5}.article{white-space:pre-wrap}\n"
        // The claim stays in the line: its note is positioned over the text, never a block that breaks the line.
        + ".claim{position:relative;display:inline;cursor:pointer;border-radius:3px;padding:0 2px}.claim>.note{display:none}\n"
        + ".claim:hover>.note,.claim:focus>.note,.claim:focus-within>.note{display:block;position:absolute;left:0;top:1.4em;z-index:1;width:28rem;border:1px solid #999;padding:.5rem;background:#fafafa;white-space:normal;font-size:.9em}\n"
        + ".supported{background:#c8f0c8}.contradicted{background:#f7c1c1}.partly_supported{background:#f8e3a3}.not_checkable{background:#ddd}\n"
        + "ol.verdicts li{margin:.3rem 0}\n");

    /// <summary>The article as a self-contained HTML page: claims highlighted, evidence one click away.</summary>
    public static string ToHtml(ArticleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var w = new SafeHtmlWriter();
        w.Doctype().Open("html").Attribute("lang", check.Language)
            .Open("head").Open("meta").Attribute("charset", "utf-8").Element("title", "Flowwatch: claims checked")
            .Open("style").Trusted(PageStyle).Close().Close().Open("body").Newline()
            .Element("h1", "Claims checked")
            .Element("p", string.Create(CultureInfo.InvariantCulture, $"Language {check.Language}; published {check.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}; {check.Claims.Count} claims{(check.ClaimsLeftOut > 0 ? $" checked of {check.Claims.Count + check.ClaimsLeftOut} found" : "")}."))
            .Newline().Open("div").Attribute("class", "article");
        string input = check.Article.Input;
        int at = check.Article.BodyStart;
        int n = 1;
        var listed = new List<CheckedClaim>();
        foreach (CheckedClaim c in check.Claims)
        {
            if (c.Claim.Start < at)
            {
                continue;
            }

            string v = Name(c.Verdict);
            w.Text(input[at..c.Claim.Start])
                .Open("span").Attribute("class", "claim " + v).Attribute("tabindex", "0").Attribute("title", v)
                .Text(input[c.Claim.Start..c.Claim.End]).Element("sup", n.ToString(CultureInfo.InvariantCulture))
                .Open("span").Attribute("class", "note").Attribute("role", "tooltip");
            WriteNote(w, c);
            w.Close().Close();
            listed.Add(c);
            at = c.Claim.End;
            n++;
        }

        w.Text(input[at..]).Close().Newline().Element("h2", "Verdicts").Newline().Open("ol").Attribute("class", "verdicts").Newline();
        foreach (CheckedClaim c in listed)
        {
            w.Open("li").Attribute("class", Name(c.Verdict) + "-item").Element("b", c.Claim.Text).Text(": ");
            WriteNote(w, c);
            w.Close().Newline();
        }

        w.Close().Newline();
        if (check.LeftOutNote is { } leftOut)
        {
            w.Open("p").Attribute("class", "left-out").Text(leftOut).Close().Newline();
        }

        return w.Close().Close().Newline().ToString();
    }

    private static void WriteNote(SafeHtmlWriter w, CheckedClaim c)
    {
        w.Element("b", Name(c.Verdict)).Text(" (rule ").Element("code", c.Rule).Text("). " + c.Explanation);
        foreach (ClaimEvidence e in c.Evidence)
        {
            w.Text(string.Create(CultureInfo.InvariantCulture, $" {e.Role}: {DatasetCatalog.Bundled.TitleOf(e.Dataset)}, {e.Breakdown}, {e.Period} = {e.Value:#,0.##}"));
            foreach (Citation x in e.Basis.SelectMany(b => b.Provenance.Citations).DistinctBy(x => x.Id))
            {
                w.Text(" ").Link(x.Url, x.Id);
            }

            w.Text(";");
        }
    }

    private static string Sources(ClaimEvidence e) =>
        string.Join(", ", e.Basis.SelectMany(b => b.Provenance.Citations).Select(x => x.Id).Distinct());
}
