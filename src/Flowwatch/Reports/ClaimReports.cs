using System.Globalization;
using System.Net;
using System.Text;
using Flowwatch.Analysis.Claims;
using Flowwatch.Model;

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

    /// <summary>The report in the JSON contract's shape.</summary>
    public static ClaimReport ToReport(ArticleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new ClaimReport
        {
            Document = new ClaimDocumentInfo { Language = check.Language, Published = check.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            Claims = check.Claims.Select(Row).ToList(),
        };
    }

    /// <summary>The report as JSON text.</summary>
    public static string ToJson(ArticleCheck check) =>
        System.Text.Json.JsonSerializer.Serialize(ToReport(check), ClaimJsonContext.Readable.ClaimReport);

    private static ClaimRow Row(CheckedClaim c) => new()
    {
        Start = c.Claim.Start,
        End = c.Claim.End,
        Text = c.Claim.Text,
        Sentence = c.Claim.Sentence,
        Quantity = new QuantityRow
        {
            Value = c.Claim.Quantity.Value,
            Qualifier = Snake(c.Claim.Quantity.Qualifier.ToString()),
            Kind = Snake(c.Claim.Quantity.Kind.ToString()),
        },
        Frame = new FrameRow
        {
            Reporter = c.Claim.Frame.Reporter?.Code,
            Partner = c.Claim.Frame.Partner?.Code,
            Dataset = c.Claim.Frame.Dataset?.Id,
            Breakdown = c.Claim.Frame.Breakdown?.Code,
            Period = c.Claim.Frame.Period?.ToString(),
            ComparedWith = c.Claim.Frame.ComparedWith?.ToString(),
        },
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
        int at = 0;
        string input = check.Article.Input;
        int n = 1;
        foreach (CheckedClaim c in check.Claims)
        {
            sb.Append(input.AsSpan(at, c.Claim.Start - at));
            sb.Append(CultureInfo.InvariantCulture, $"**{input[c.Claim.Start..c.Claim.End]}** [{n}: {Name(c.Verdict)}]");
            at = c.Claim.End;
            n++;
        }

        sb.Append(input.AsSpan(at));
        sb.Append("\n\n## Verdicts\n\n");
        n = 1;
        foreach (CheckedClaim c in check.Claims)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{n}. **{c.Claim.Text}**: {Name(c.Verdict)} (rule `{c.Rule}`). {c.Explanation}\n");
            foreach (ClaimEvidence e in c.Evidence)
            {
                sb.Append(CultureInfo.InvariantCulture, $"   - {e.Role}: {e.Dataset} {e.Breakdown} {e.Period} = {e.Value:#,0.##}; sources: {Sources(e)}\n");
            }

            n++;
        }

        return sb.ToString();
    }

    /// <summary>The article as a self-contained HTML page: claims highlighted, evidence one click away.</summary>
    public static string ToHtml(ArticleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var sb = new StringBuilder();
        sb.Append("<!doctype html>\n<html lang=\"").Append(check.Language).Append("\"><head><meta charset=\"utf-8\"><title>Flowwatch: claims checked</title><style>\n")
          .Append("body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.5}.article{white-space:pre-wrap}\n")
          .Append("details.claim{display:inline}details.claim>summary{display:inline;cursor:pointer;border-radius:3px;padding:0 2px}\n")
          .Append(".supported>summary{background:#c8f0c8}.contradicted>summary{background:#f7c1c1}.partly_supported>summary{background:#f8e3a3}.not_checkable>summary{background:#ddd}\n")
          .Append("details.claim[open]>div{display:block;border:1px solid #999;padding:.5rem;margin:.3rem 0;background:#fafafa;white-space:normal}\n</style></head><body>\n")
          .Append(CultureInfo.InvariantCulture, $"<h1>Claims checked</h1><p>Language {check.Language}; published {check.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}; {check.Claims.Count} claims.</p>\n<div class=\"article\">");
        string input = check.Article.Input;
        int at = 0;
        foreach (CheckedClaim c in check.Claims)
        {
            sb.Append(WebUtility.HtmlEncode(input[at..c.Claim.Start]));
            string v = Name(c.Verdict);
            sb.Append(CultureInfo.InvariantCulture, $"<details class=\"claim {v}\"><summary title=\"{v}\">{WebUtility.HtmlEncode(input[c.Claim.Start..c.Claim.End])}</summary><div><b>{v}</b> (rule <code>{WebUtility.HtmlEncode(c.Rule)}</code>). {WebUtility.HtmlEncode(c.Explanation)}<ul>");
            foreach (ClaimEvidence e in c.Evidence)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<li>{WebUtility.HtmlEncode(e.Role)}: {WebUtility.HtmlEncode($"{e.Dataset} {e.Breakdown} {e.Period}")} = {e.Value:#,0.##}; ");
                foreach (Citation x in e.Basis.SelectMany(b => b.Provenance.Citations).DistinctBy(x => x.Id))
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<a href=\"{WebUtility.HtmlEncode(x.Url)}\">{WebUtility.HtmlEncode(x.Id)}</a> ");
                }

                sb.Append("</li>");
            }

            sb.Append("</ul></div></details>");
            at = c.Claim.End;
        }

        sb.Append(WebUtility.HtmlEncode(input[at..])).Append("</div>\n</body></html>\n");
        return sb.ToString();
    }

    private static string Sources(ClaimEvidence e) =>
        string.Join(", ", e.Basis.SelectMany(b => b.Provenance.Citations).Select(x => x.Id).Distinct());
}
