using System.Globalization;
using Flowwatch.Model;
using Flowwatch.Reports.Html;

namespace Flowwatch.Web.Pages;

/// <summary>How figures and labels read on the pages (invariant culture: 13,221).</summary>
internal static class Format
{
    public static string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("N1", CultureInfo.InvariantCulture);

    public static string Count(int n, string noun) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    public static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string DatasetTitle(DatasetId id) => DatasetCatalog.Bundled.TitleOf(id);

    public static string DatasetTitleOf(string id) => DatasetCatalog.Bundled.TitleOf(id);

    /// <summary>A citation as a small link when its address is http(s), else as plain text (never a javascript: link).</summary>
    public static TrustedHtml CitationLink(string label, string url, string title)
    {
        var html = new SafeHtmlWriter();
        if (WebAddress(url) is { } address)
        {
            html.Add($"""<a class="cite" href="{address}" title="{title}" rel="noopener noreferrer">{label}</a> """);
        }
        else
        {
            html.Add($"""<span class="cite" title="{title}">{label}</span> """);
        }

        return html.ToTrusted();
    }

    /// <summary>The address when it is an absolute http(s) URL, the only kind a citation or event links to; else null.</summary>
    public static SafeUrl? WebAddress(string url) => SafeUrl.TryParse(url, out SafeUrl safe) && safe.IsWeb ? safe : null;

    public static string CountryName(Country country) => country.IsEmpty ? "" : country.EnglishName;

    public static string Label(string code) => code.Length == 0 ? code : char.ToUpperInvariant(code[0]) + code[1..].Replace('_', ' ');

    public static string FlagText(string flag) => flag switch
    {
        "approximate" => "approximate",
        "lower_bound" => "lower bound",
        "derived" => "derived",
        _ => "",
    };
}
