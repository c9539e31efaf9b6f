using System.Globalization;

namespace Flowwatch.Sources.Articles;

/// <summary>The messages and codes of the article reader, in one place so that tests can assert on them.</summary>
public static class ArticleMessages
{
    /// <summary>The file does not open with front matter, or its front matter lacks a usable date.</summary>
    public const string FrontMatterCode = "FW040";

    /// <summary>The file is not an article's text (binary, not UTF-8, empty, too large).</summary>
    public const string TextCode = "FW041";

    internal static string NoFrontMatter =>
        "the file does not open with front matter; expected a first line '---', then 'date: yyyy-MM-dd', 'outlet: ...', 'url: ...', 'lang: ...' and a closing '---'.";

    internal static string NoDate =>
        "the front matter has no date; expected 'date: yyyy-MM-dd' (the day the article appeared): an article is checked against the figures published by then.";

    internal static string BadDate(string value) =>
        $"the date '{Clip(value)}' is not an ISO day such as 2025-02-10 (yyyy-MM-dd).";

    internal static string BadUrl(string value) =>
        $"the url '{Clip(value)}' is not an http or https address.";

    internal static string Nul(long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"the file holds a NUL byte at offset {offset}; expected the text of an article (UTF-8), not a binary file.");

    internal static string NotUtf8(long offset) =>
        string.Create(CultureInfo.InvariantCulture, $"the file is not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8.");

    internal static string TooLarge(long bytes, long max) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes; expected an article of at most {max:N0} bytes.");

    internal static string LongLine(int max) =>
        string.Create(CultureInfo.InvariantCulture, $"the line is longer than {max:N0} characters; an article is prose in paragraphs, and no paragraph is that long.");

    internal static string Empty => "the article has no text after its front matter.";

    private static string Clip(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
