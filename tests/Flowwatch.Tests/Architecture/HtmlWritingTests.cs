using System.Text.RegularExpressions;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Architecture;

/// <summary>
/// HTML is written by one writer (<c>src/Flowwatch/Reports/Html</c>): no other source file encodes HTML itself,
/// appends tags to a StringBuilder, or feeds the writer's handler a literal of its own (Serilog's source-scan habit).
/// </summary>
public sealed partial class HtmlWritingTests
{
    private static readonly string WriterFolder = Path.Combine("src", "Flowwatch", "Reports", "Html") + Path.DirectorySeparatorChar;

    [Fact]
    public void No_source_outside_the_safe_writer_encodes_html_or_builds_it_in_a_string_builder()
    {
        string src = Path.Combine(RepositoryRoot.Path, "src");
        var offences = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(RepositoryRoot.Path, f), Lines: File.ReadAllLines(f)))
            .Where(f => !f.Path.StartsWith(WriterFolder, StringComparison.Ordinal))
            .SelectMany(f => f.Lines.Select((line, i) => (f.Path, Line: i + 1, Text: line)))
            .Where(l => Forbidden().IsMatch(l.Text))
            .Select(l => $"{l.Path}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offences.Count == 0, "HTML written outside SafeHtmlWriter:\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("string html = WebUtility.HtmlEncode(title);")]
    [InlineData("_sb.Append(HtmlEncoder.Default.Encode(text));")]
    [InlineData("HttpUtility.HtmlAttributeEncode(url)")]
    [InlineData("sb.Append(\"<h2>\").Append(title);")]
    [InlineData("sb.Append(CultureInfo.InvariantCulture, $\"<td class=\\\"num\\\">{value}</td>\");")]
    [InlineData("sb.AppendLine(\"</ul>\");")]
    [InlineData("handler.AppendLiteral(userText);")]
    public void The_scan_sees_each_forbidden_pattern(string line) => Assert.Matches(Forbidden(), line);

    [Theory]
    [InlineData("html.Add($\"<p class=\\\"lead\\\">{text}</p>\");")]
    [InlineData("sb.Append(CultureInfo.InvariantCulture, $\"- **{r.Text}** → {r.Reference}\\n\");")]
    [InlineData("|| head.Contains(\"<p>\", StringComparison.OrdinalIgnoreCase)")]
    [InlineData("sb.Append(a < b ? \"x\" : \"y\");")]
    [InlineData("string q = WebUtility.UrlEncode(name);")]
    public void The_scan_lets_the_writer_and_markdown_be(string line) => Assert.DoesNotMatch(Forbidden(), line);

    // An HTML encoder called directly; a StringBuilder append whose string literal holds a tag; the handler's literal door.
    [GeneratedRegex("""\b(WebUtility|HttpUtility)\.Html|\bHtmlEncoder\b|\.(Append|AppendLine|Insert)\((?:[^"]*,\s*)?\$?@?"+[^"]*<\/?[a-zA-Z][a-zA-Z0-9]*[\s>/]|\.AppendLiteral\(""")]
    private static partial Regex Forbidden();
}
