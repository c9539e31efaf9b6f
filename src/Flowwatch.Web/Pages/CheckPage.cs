using System.Globalization;
using Flowwatch.Application.Articles;
using Flowwatch.Application.Queries;
using Flowwatch.Reports.Html;
using Flowwatch.Web.Api;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>Check an article: a form, and the article back with each claim highlighted and its verdict one click away.</summary>
internal static class CheckPage
{
    public static string Render(ArticleInput? input = null, CheckedArticle? result = null, string? problem = null)
    {
        var html = new SafeHtmlWriter();
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
            html.Trusted(CheckResult.Render(input, result!));
            html.Trusted(DesignatedNamesSection.Render(result!.Report.DesignatedNames));
        }

        if (input is not null && problem is null)
        {
            // The result comes first; the filled-in form stays one click away for an edit or another article.
            html.Add($"""<details class="again"><summary>Edit the text or check another article</summary>{Form(input)}</details>""");
        }
        else
        {
            html.Trusted(Form(input));
        }

        return Layout.Render("Check an article", "check", html.ToTrusted(), "/assets/js/check.js");
    }

    private static TrustedHtml Form(ArticleInput? input)
    {
        var html = new SafeHtmlWriter();
        string lang = input?.Language ?? "auto";
        html.Add($"""
            <form class="check-form" method="post" action="/check" enctype="multipart/form-data">
            <label class="wide">Article text<textarea name="text" rows="12" placeholder="Paste the article here (German, English, Korean or Russian)…">{input?.Text ?? ""}</textarea></label>
            <div class="row">
            <label>…or a file<input type="file" name="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"></label>
            <label>Language<select name="lang">
            """);
        foreach (string value in RequestParameters.ArticleLanguages)
        {
            string text = value == "auto" ? "Detect" : CultureInfo.GetCultureInfo(value).EnglishName;
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
        return html.ToTrusted();
    }

    public static bool TryReadForm(Microsoft.AspNetCore.Http.IFormCollection form, out ArticleInput? input, out string? problem)
    {
        string text = form["text"].ToString();
        Microsoft.AspNetCore.Http.IFormFile? file = form.Files.GetFile("file");
        if (string.IsNullOrWhiteSpace(text) && file is { Length: > 0 })
        {
            if (!FormProblems.TryDecode(file, out text, out problem))
            {
                input = null;
                return false;
            }
        }

        return VerifyEndpoint.TryRead(text, form["published"].ToString(), form["lang"].ToString(), out input, out problem);
    }
}
