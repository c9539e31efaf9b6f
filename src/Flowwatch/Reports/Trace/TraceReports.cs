using System.Globalization;
using System.Text;
using Flowwatch.Analysis.Trace;
using Flowwatch.Reports.Html;

namespace Flowwatch.Reports.Trace;

/// <summary>Writes a <see cref="TraceResult"/> as the JSON contract, a text table, Markdown or a self-contained HTML page.</summary>
public static class TraceReports
{
    /// <summary>The figure in words: "entries of citizens of North Korea into Russia, 2024".</summary>
    public static string Title(FigureRef figure) => SeriesNames.Of(figure.Key) + ", " + figure.Period.ToString();

    /// <summary>The figure's genealogy page on the dashboard (relative).</summary>
    public static string Page(FigureRef figure) =>
        "/articles/figure?dataset=" + Uri.EscapeDataString(figure.Key.Dataset.Id) + "&reporter=" + figure.Key.Reporter.Code + "&partner=" + figure.Key.Partner.Code
        + "&breakdown=" + Uri.EscapeDataString(figure.Key.Breakdown.Code) + "&period=" + figure.Period.ToString();

    /// <summary>The report in the JSON contract's shape.</summary>
    public static TraceReport ToReport(TraceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new TraceReport
        {
            Articles = result.Articles.Count,
            Figures = result.Figures.Select(Figure).ToList(),
            ArticleList = result.Articles.Select(a => new TraceArticleRow
            {
                Article = a.Article.Reference,
                File = a.Article.FileName,
                Outlet = a.Article.Outlet,
                Published = Day(a.Article.Published),
                Lang = a.Language,
                Sha256 = a.Article.Sha256,
                Claims = a.Claims.Count(c => c.Figure is not null),
                Cites = a.Cited,
            }).ToList(),
            Notes = result.Notes,
        };
    }

    /// <summary>The report as JSON text (indented).</summary>
    public static string ToJson(TraceResult result) =>
        System.Text.Json.JsonSerializer.Serialize(ToReport(result), TraceJsonContext.Readable.TraceReport);

    private static TraceFigureRow Figure(FigureGenealogy g) => new()
    {
        Dataset = g.Figure.Key.Dataset.Id,
        Reporter = g.Figure.Key.Reporter.Code,
        Partner = g.Figure.Key.Partner.Code,
        Breakdown = g.Figure.Key.Breakdown.Code,
        Period = g.Figure.Period.ToString(),
        Value = g.Value,
        Title = Title(g.Figure),
        Page = Page(g.Figure),
        Claims = g.Claims.Select(c => new TraceClaimRow
        {
            Article = c.Article.Reference,
            Outlet = c.Article.Outlet,
            Published = Day(c.Article.Published),
            Lang = c.Article.Language ?? "",
            Text = c.Text,
            Claimed = c.Claimed,
            Verdict = ClaimReports.Name(c.Verdict),
            Reading = c.Reading,
            Sentence = c.Sentence,
            Rule = c.Rule,
        }).ToList(),
        Variants = g.Variants.Select(v => new TraceVariantRow
        {
            Claimed = v.Claimed,
            Verdict = ClaimReports.Name(v.Verdict),
            Reading = v.Reading,
            Wrong = v.IsWrong,
            First = new TraceArticleRef { Article = v.First.Article.Reference, Outlet = v.First.Article.Outlet, Published = Day(v.First.Article.Published), Text = v.First.Text },
            RepeatedBy = v.RepeatedBy.Select(r => new TraceRepeatRow
            {
                Article = r.Claim.Article.Reference,
                Outlet = r.Claim.Article.Outlet,
                Published = Day(r.Claim.Article.Published),
                Text = r.Claim.Text,
                CitesFirst = r.CitesFirst,
            }).ToList(),
        }).ToList(),
    };

    /// <summary>The genealogies as plain text: per figure, its variants with their first appearance and repeats.</summary>
    public static string ToText(TraceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{result.Articles.Count} articles, {result.Figures.Count} figures their claims are about.\n");
        foreach (FigureGenealogy g in result.Figures)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{Title(g.Figure)}: {(g.Value is { } v ? Number(v) : "not published by the articles' dates")} ({g.Claims.Count} claims)\n");
            foreach (ClaimVariant variant in g.Variants)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {Number(variant.Claimed)} ({variant.Reading}; {ClaimReports.Name(variant.Verdict)})\n");
                sb.Append(CultureInfo.InvariantCulture, $"    first  {Day(variant.First.Article.Published)} {variant.First.Article.Outlet}: \"{variant.First.Text}\" {variant.First.Article.Reference}\n");
                foreach (VariantRepeat r in variant.RepeatedBy)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"    repeat {Day(r.Claim.Article.Published)} {r.Claim.Article.Outlet}: \"{r.Claim.Text}\"{(r.CitesFirst ? " (cites the first)" : "")} {r.Claim.Article.Reference}\n");
                }
            }
        }

        foreach (string note in result.Notes)
        {
            sb.Append("\nnote: ").Append(note);
        }

        return sb.ToString();
    }

    /// <summary>The genealogies as Markdown.</summary>
    public static string ToMarkdown(TraceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Where the numbers came from\n\n{result.Articles.Count} articles; {result.Figures.Count} figures their claims are about.\n");
        foreach (FigureGenealogy g in result.Figures)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {Title(g.Figure)}: {(g.Value is { } v ? Number(v) : "not published by the articles' dates")}\n\n");
            sb.Append("| variant | reading | verdict | first appearance | repeated by |\n| --- | --- | --- | --- | --- |\n");
            foreach (ClaimVariant variant in g.Variants)
            {
                string repeats = string.Join("; ", variant.RepeatedBy.Select(r => $"{Day(r.Claim.Article.Published)} [{Cell(r.Claim.Article.Outlet)}]({r.Claim.Article.Reference}){(r.CitesFirst ? " (cites it)" : "")}"));
                sb.Append(CultureInfo.InvariantCulture, $"| {Number(variant.Claimed)} | {Cell(variant.Reading)} | {ClaimReports.Name(variant.Verdict)} | {Day(variant.First.Article.Published)} [{Cell(variant.First.Article.Outlet)}]({variant.First.Article.Reference}): \"{Cell(variant.First.Text)}\" | {(repeats.Length > 0 ? repeats : "—")} |\n");
            }
        }

        foreach (string note in result.Notes)
        {
            sb.Append("\n- note: ").Append(note);
        }

        return sb.Append('\n').ToString();
    }

    // A constant of ours, never input.
    private static readonly TrustedHtml PageStyle = TrustedHtml.FromConstantCss(
        "\nbody{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.5}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}\n"
        + ".supported{background:#c8f0c8}.contradicted{background:#f7c1c1}.partly_supported{background:#f8e3a3}\n");

    /// <summary>The genealogies as a self-contained HTML page.</summary>
    public static string ToHtml(TraceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var w = new SafeHtmlWriter();
        w.Doctype().Open("html").Attribute("lang", "en")
            .Open("head").Open("meta").Attribute("charset", "utf-8").Element("title", "Flowwatch: where the numbers came from")
            .Open("style").Trusted(PageStyle).Close().Close().Open("body").Newline()
            .Element("h1", "Where the numbers came from")
            .Element("p", string.Create(CultureInfo.InvariantCulture, $"{result.Articles.Count} articles; {result.Figures.Count} figures their claims are about."));
        foreach (FigureGenealogy g in result.Figures)
        {
            w.Trusted(VariantTable(g));
        }

        return w.Close().Close().ToString();
    }

    /// <summary>A figure's heading and its variants as an HTML table (the web's genealogy page uses it too).</summary>
    public static TrustedHtml VariantTable(FigureGenealogy genealogy)
    {
        ArgumentNullException.ThrowIfNull(genealogy);
        var w = new SafeHtmlWriter();
        w.Add($"""<section class="genealogy"><h2>{Title(genealogy.Figure)}: {(genealogy.Value is { } v ? Number(v) : "not published by the articles' dates")}</h2>""");
        w.Add($"""<table class="variants"><thead><tr><th>Variant</th><th>Reading</th><th>Verdict</th><th>First appearance</th><th>Repeated by</th></tr></thead><tbody>""");
        foreach (ClaimVariant variant in genealogy.Variants)
        {
            string verdict = ClaimReports.Name(variant.Verdict);
            w.Add($"""<tr class="variant {verdict}"><td class="num">{Number(variant.Claimed)}</td><td>{variant.Reading}</td><td>{verdict}</td><td class="first">{Day(variant.First.Article.Published)} """);
            w.Link(variant.First.Article.Reference, variant.First.Article.Outlet);
            w.Add($""": “{variant.First.Text}”</td><td class="repeats">""");
            if (variant.RepeatedBy.Count == 0)
            {
                w.Add($"—");
            }

            w.Add($"<ol>");
            foreach (VariantRepeat r in variant.RepeatedBy)
            {
                w.Add($"""<li class="repeat">{Day(r.Claim.Article.Published)} """);
                w.Link(r.Claim.Article.Reference, r.Claim.Article.Outlet);
                w.Add($""": “{r.Claim.Text}”{(r.CitesFirst ? " (cites the first)" : "")}</li>""");
            }

            w.Add($"</ol></td></tr>");
        }

        w.Add($"</tbody></table></section>");
        return w.ToTrusted();
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
