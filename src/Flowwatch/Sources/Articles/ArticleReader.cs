using System.Text;
using Flowwatch.Model.Articles;
using Flowwatch.Sources.Formats;

namespace Flowwatch.Sources.Articles;

/// <summary>
/// Reads a news article file: plain text, Markdown or HTML that opens with front matter (<c>date</c>, <c>outlet</c>,
/// <c>url</c>, <c>lang</c>, optional <c>cites</c>). In a folder, such a file is an article and nothing else is; an article
/// without a date is refused, since its claims are checked against the figures published by its date.
/// </summary>
public static class ArticleReader
{
    /// <summary>The largest article read (16 MiB): no news article is this long; larger files are refused, not read.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    private static readonly string[] Extensions = [".md", ".txt", ".html"];

    /// <summary>The extensions an article file has: <c>.md</c>, <c>.txt</c>, <c>.html</c>.</summary>
    public static IReadOnlyList<string> ArticleExtensions => Extensions;

    /// <summary>Whether the file is an article: its extension is one of <see cref="ArticleExtensions"/> and it opens with front matter.</summary>
    public static bool IsArticle(string name, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (!bytes.StartsWith("---"u8))
        {
            return false;
        }

        ReadOnlySpan<byte> rest = bytes[3..];
        int i = 0;
        while (i < rest.Length && rest[i] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            i++;
        }

        return i < rest.Length && rest[i] == (byte)'\n';
    }

    /// <summary>Whether the file is an article (<see cref="IsArticle(string, ReadOnlySpan{byte})"/>).</summary>
    public static bool IsArticle(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return IsArticle(file.Name, file.Head.Span);
    }

    /// <summary>Reads the article, gathering every problem (a missing or bad date, a bad address, text that is not UTF-8).</summary>
    public static ArticleReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = new List<Diagnostic>();
        void Refuse(string code, string location, string message) => problems.Add(new Diagnostic(DiagnosticSeverity.Error, code, file.Name, location, message));

        if (file.Bytes.LongLength > MaxBytes)
        {
            Refuse(ArticleMessages.TextCode, "", ArticleMessages.TooLarge(file.Bytes.LongLength, MaxBytes));
            return new ArticleReadResult(null, null, problems);
        }

        int nul = Array.IndexOf(file.Bytes, (byte)0);
        if (nul >= 0)
        {
            Refuse(ArticleMessages.TextCode, "", ArticleMessages.Nul(nul));
            return new ArticleReadResult(null, null, problems);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file.Bytes);
        }
        catch (DecoderFallbackException e)
        {
            Refuse(ArticleMessages.TextCode, "", ArticleMessages.NotUtf8(e.Index));
            return new ArticleReadResult(null, null, problems);
        }

        // The one bound every text Flowwatch reads holds to (TextShape): no paragraph of an article is a mebibyte long.
        int longLine = TextShape.LongLine(text);
        if (longLine > 0)
        {
            Refuse(ArticleMessages.TextCode, Line(longLine), ArticleMessages.LongLine(TextShape.MaxLineLength));
            return new ArticleReadResult(null, null, problems);
        }

        if (FrontMatter.TryRead(text) is not { } front)
        {
            Refuse(ArticleMessages.FrontMatterCode, "line 1", ArticleMessages.NoFrontMatter);
            return new ArticleReadResult(null, null, problems);
        }

        DateOnly published = default;
        if (front.Get("date", "published") is not { } date)
        {
            Refuse(ArticleMessages.FrontMatterCode, "front matter", ArticleMessages.NoDate);
        }
        else if (!FrontMatter.TryParseDay(date.Value, out published))
        {
            Refuse(ArticleMessages.FrontMatterCode, Line(date.Line), ArticleMessages.BadDate(date.Value));
        }

        string? url = front.Get("url", "source")?.Value;
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out Uri? address) && address.Scheme is "http" or "https"))
        {
            Refuse(ArticleMessages.FrontMatterCode, Line(front.Get("url", "source")!.Value.Line), ArticleMessages.BadUrl(url));
        }

        if (string.IsNullOrWhiteSpace(text[front.BodyStart..]))
        {
            Refuse(ArticleMessages.TextCode, "", ArticleMessages.Empty);
        }

        if (problems.Count > 0)
        {
            return new ArticleReadResult(null, null, problems);
        }

        string outlet = front.Get("outlet", "publisher")?.Value
            ?? (url is not null ? new Uri(url).Host : Path.GetFileNameWithoutExtension(file.Name));
        string? language = front.Get("lang", "language")?.Value.ToLowerInvariant();
        IReadOnlyList<string> cites = front.Get("cites")?.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new ArticleReadResult(new ArticleDocument(file.Sha256, file.Name, published, outlet, url, language, cites), text, problems);
    }

    private static string Line(int line) => "line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
