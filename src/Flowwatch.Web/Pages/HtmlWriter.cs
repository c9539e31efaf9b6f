using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace Flowwatch.Web.Pages;

/// <summary>
/// Builds a page. Literal parts of an interpolated string are written as they are; every hole is
/// HTML-encoded unless it is a <see cref="Markup"/>. So text from an article, a file or a query
/// string cannot become markup by accident.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _sb = new(8192);

    public HtmlWriter Add([InterpolatedStringHandlerArgument("")] ref Handler html)
    {
        _ = html;
        return this;
    }

    /// <summary>Writes text, encoded.</summary>
    public HtmlWriter Text(string? text)
    {
        _sb.Append(HtmlEncoder.Default.Encode(text ?? ""));
        return this;
    }

    /// <summary>Writes markup that is already safe.</summary>
    public HtmlWriter Raw(Markup markup)
    {
        _sb.Append(markup.Value);
        return this;
    }

    public Markup ToMarkup() => new(_sb.ToString());

    public override string ToString() => _sb.ToString();

    public static Markup Encode(string? text) => new(HtmlEncoder.Default.Encode(text ?? ""));

    [InterpolatedStringHandler]
    public ref struct Handler
    {
        private readonly StringBuilder _sb;

        public Handler(int literalLength, int formattedCount, HtmlWriter writer)
        {
            _ = formattedCount;
            _sb = writer._sb;
            _sb.EnsureCapacity(_sb.Length + literalLength + 64);
        }

        public readonly void AppendLiteral(string s) => _sb.Append(s);

        public readonly void AppendFormatted(Markup markup) => _sb.Append(markup.Value);

        public readonly void AppendFormatted(string? text) => _sb.Append(HtmlEncoder.Default.Encode(text ?? ""));

        public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, null);

        public readonly void AppendFormatted<T>(T value, string? format)
        {
            string text = value switch
            {
                null => "",
                IFormattable f => f.ToString(format, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };
            _sb.Append(HtmlEncoder.Default.Encode(text));
        }
    }
}
