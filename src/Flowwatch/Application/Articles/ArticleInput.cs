using System.Globalization;
using Flowwatch.Application.Queries;

namespace Flowwatch.Application.Articles;

/// <summary>An article to check, as the command or the web received it.</summary>
/// <param name="Text">The article: plain text, Markdown or HTML, front matter optional.</param>
/// <param name="Published">The day it appeared, when the caller says; else the front matter's, else unknown.</param>
/// <param name="Language">A language code, or <c>auto</c> (<see cref="RequestParameters.ArticleLanguages"/>).</param>
public sealed record ArticleInput(string Text, DateOnly? Published, string Language)
{
    /// <summary>Reads an article request from the text of the command's options or the HTTP fields.</summary>
    /// <param name="parameters">The parser, spelling names as the front end's users type them.</param>
    /// <param name="text">The article.</param>
    /// <param name="published">The publication day, yyyy-MM-dd; blank when not known.</param>
    /// <param name="lang">The language; blank is <c>auto</c>.</param>
    /// <param name="input">The request; null on failure.</param>
    /// <param name="problem">The first problem, naming the parameter; null on success.</param>
    public static bool TryParse(RequestParameters parameters, string? text, string? published, string? lang, out ArticleInput? input, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        input = null;
        problem = null;
        if (!RequestParameters.IsGiven(text))
        {
            problem = $"{parameters.Style.Spell("text")} is required: the article to check, as plain text.";
            return false;
        }

        foreach ((string name, string? value) in new[] { ("text", text), ("published", published), ("lang", lang) })
        {
            // An article is text; a NUL says a binary file or a broken client, and it would cut the text short downstream.
            int at = value?.IndexOf('\0', StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"{parameters.Style.Spell(name)} holds a NUL character (U+0000) at position {at}; an article is plain text without control characters.");
                return false;
            }
        }

        if (LineProblem(text!) is string lines)
        {
            problem = $"{parameters.Style.Spell("text")}: {lines}";
            return false;
        }

        DateOnly? day = null;
        if (RequestParameters.IsGiven(published))
        {
            if (!DateOnly.TryParseExact(published!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
            {
                problem = $"{parameters.Style.Spell("published")} '{published.Trim()}' is not an ISO date such as 2025-02-05 (yyyy-MM-dd): the day the article appeared.";
                return false;
            }

            day = d;
        }

        if (!parameters.TryArticleLanguage("lang", lang, out string language, out problem))
        {
            return false;
        }

        input = new ArticleInput(text!, day, language);
        return true;
    }

    /// <summary>
    /// What is wrong with the article's lines, or null: a line longer than the bound every text Flowwatch reads holds
    /// to (1 Mi characters, as a line of a data file), which no article has and which would cost the claim reader time
    /// and memory for nothing. The command checks a file with it before anything else; <see cref="TryParse"/> checks the
    /// text of the web and the API.
    /// </summary>
    /// <param name="text">The article.</param>
    public static string? LineProblem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int line = Sources.Formats.TextShape.LongLine(text);
        return line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"line {line} is longer than {Sources.Formats.TextShape.MaxLineLength:N0} characters; an article is prose in paragraphs, and no paragraph is that long. Is it the article's text?")
            : null;
    }
}
