using Flowwatch.Web.Api;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>Check an article: a form, and the article back with each claim highlighted and its verdict one click away.</summary>
internal static class CheckPage
{
    public static string Render(ArticleInput? input = null, CheckedArticle? result = null, string? problem = null)
    {
        var html = new HtmlWriter();
        html.Add($"""
            <h1>Check an article</h1>
            <p class="lead">Paste an article or upload a text file. Flowwatch finds each number it states about migration and checks it against the official figures.</p>
            """);
        if (problem is not null)
        {
            html.Add($"""<p class="problem" role="alert">{problem}</p>""");
        }

        if (input is not null && problem is null)
        {
            html.Raw(Result(input, result));
        }

        if (input is not null && problem is null)
        {
            // The result comes first; the filled-in form stays one click away for an edit or another article.
            html.Add($"""<details class="again"><summary>Edit the text or check another article</summary>{Form(input)}</details>""");
        }
        else
        {
            html.Raw(Form(input));
        }

        return Layout.Render("Check an article", "check", html.ToMarkup(), "/assets/js/check.js");
    }

    private static Markup Form(ArticleInput? input)
    {
        var html = new HtmlWriter();
        string lang = input?.Language ?? "auto";
        html.Add($"""
            <form class="check-form" method="post" action="/check" enctype="multipart/form-data">
            <label class="wide">Article text<textarea name="text" rows="12" placeholder="Paste the article here (German, English or Russian)…">{input?.Text ?? ""}</textarea></label>
            <div class="row">
            <label>…or a file<input type="file" name="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"></label>
            <label>Language<select name="lang">
            """);
        foreach ((string value, string text) in new[] { ("auto", "Detect"), ("de", "German"), ("en", "English"), ("ru", "Russian") })
        {
            if (value == lang)
            {
                html.Add($"""<option value="{value}" selected>{text}</option>""");
            }
            else
            {
                html.Add($"""<option value="{value}">{text}</option>""");
            }
        }

        html.Add($"""
            </select></label>
            <label>Published<input type="date" name="published" value="{input?.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""}"></label>
            <button type="submit">Check</button>
            <button type="button" class="secondary" id="load-sample">Try the sample article</button>
            </div>
            </form>
            """);
        return html.ToMarkup();
    }

    private static Markup Result(ArticleInput input, CheckedArticle? result)
    {
        var html = new HtmlWriter();
        html.Add($"""<section class="result"><h2>The article</h2>""");
        if (result is null)
        {
            html.Add($"""<p class="muted">{ArticleChecking.Unavailable} The text is shown as received.</p>""");
            html.Add($"""<div class="article" id="article">{input.Text}</div></section>""");
            return html.ToMarkup();
        }

        html.Add($"""<p class="meta">Language: <strong>{result.Language}</strong>{(result.Published is { } p ? $" · published {p:yyyy-MM-dd}" : "")} · {result.Claims.Count} claims · {Summary(result)}</p>""");
        html.Add($"""<div class="article" id="article">""");
        int at = 0;
        int index = 0;
        foreach (CheckedClaim claim in result.Claims.OrderBy(c => c.Start))
        {
            index++;
            if (claim.Start < at || claim.End > input.Text.Length || claim.End <= claim.Start)
            {
                continue;
            }

            html.Text(input.Text[at..claim.Start]);
            html.Add($"""<a class="claim verdict-{claim.Verdict}" href="#claim-{index}" id="mark-{index}" title="{VerdictText(claim.Verdict)}">{input.Text[claim.Start..claim.End]}<sup>{index}</sup></a>""");
            at = claim.End;
        }

        html.Text(input.Text[at..]);
        html.Add($"""</div><h2>Claims and verdicts</h2><ol class="claims">""");
        index = 0;
        foreach (CheckedClaim claim in result.Claims.OrderBy(c => c.Start))
        {
            index++;
            html.Add($"""
                <li class="claim-card verdict-{claim.Verdict}" id="claim-{index}">
                <div class="claim-head"><span class="verdict">{VerdictText(claim.Verdict)}</span> <q>{claim.Text}</q> <a class="back" href="#mark-{index}">↑ in the text</a></div>
                <p>{claim.Explanation}</p>
                """);
            if (claim.Actual is { Length: > 0 } actual)
            {
                html.Add($"""<p class="small">Official figure: <strong>{actual}</strong></p>""");
            }

            if (claim.Rule.Length > 0)
            {
                html.Add($"""<p class="small">Decided by rule <code>{claim.Rule}</code></p>""");
            }

            if (claim.Evidence.Count > 0)
            {
                html.Add($"""<ul class="evidence">""");
                foreach (string e in claim.Evidence)
                {
                    html.Add($"<li>{e}</li>");
                }

                html.Add($"</ul>");
            }

            html.Add($"</li>");
        }

        html.Add($"</ol></section>");
        return html.ToMarkup();
    }

    private static string Summary(CheckedArticle result) =>
        string.Join(", ", result.Claims.GroupBy(c => c.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {VerdictText(g.Key)}"));

    public static string VerdictText(string verdict) => verdict switch
    {
        "supported" => "supported",
        "contradicted" => "contradicted",
        "partly_supported" => "partly supported",
        "not_checkable" => "not checkable",
        _ => verdict.Replace('_', ' '),
    };

    public static bool TryReadForm(Microsoft.AspNetCore.Http.IFormCollection form, out ArticleInput? input, out string? problem)
    {
        string text = form["text"].ToString();
        Microsoft.AspNetCore.Http.IFormFile? file = form.Files.GetFile("file");
        if (string.IsNullOrWhiteSpace(text) && file is { Length: > 0 })
        {
            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }

        return VerifyEndpoint.TryRead(text, form["published"].ToString(), form["lang"].ToString(), out input, out problem);
    }
}
