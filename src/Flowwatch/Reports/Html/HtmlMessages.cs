namespace Flowwatch.Reports.Html;

/// <summary>The safe writer's error messages, in one place so that tests can assert on them.</summary>
internal static class HtmlMessages
{
    public static string UnsafeUrl(string url) =>
        $"The URL '{url}' is not relative, a fragment, or http(s)/mailto.";

    public static string InvalidName(string name) => $"'{name}' is not a valid HTML name.";

    public static string EventHandler(string name) =>
        $"Event-handler attribute '{name}' is not allowed (the pages run scripts from files only).";

    public static string HoleOutsideTextOrValue(string where) =>
        $"Text may go between tags or inside a quoted attribute value, not in {where}.";

    public static string HoleInActiveAttribute(string name) =>
        $"No text may go into the '{name}' attribute: its value is code (CSS or HTML), not text.";

    public static string UrlMustBeSafeUrl(string name) =>
        $"A hole that begins the '{name}' attribute's value must be a SafeUrl (checked), or follow a literal path.";

    public static string TrustedOutsideText(string where) =>
        $"Trusted markup may go between tags or inside a style or script element, not in {where}.";

    public static string EndsInside(string where) => $"The markup ends in {where}.";

    public static string ElementInside(string where) => $"An element cannot be written in {where}.";

    public const string AttributeOutsideTag = "Attributes must follow Open before any content.";

    public const string NoElementOpen = "No element is open.";

    public static string StillOpen(string element) => $"Element <{element}> is still open.";

    public const string NotPng = "The bytes are not a PNG image (no PNG signature).";

    public const string StyleSheetWithMarkup = "A style sheet may not contain '<': it could close its style element.";
}
