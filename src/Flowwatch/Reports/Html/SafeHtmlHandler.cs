using System.Globalization;
using System.Runtime.CompilerServices;

namespace Flowwatch.Reports.Html;

/// <summary>
/// The interpolated-string handler behind <see cref="SafeHtmlWriter.Add"/>: the compiler passes it the
/// literal parts of <c>$"..."</c> (constants in the code) and each hole, which it encodes.
/// </summary>
/// <remarks>
/// The compiler calls these members from the caller's assembly, so they are public; code is never to call them
/// itself (a source-scan test fails on <c>AppendLiteral</c> outside this folder): a string passed to
/// <see cref="AppendLiteral"/> is written as markup.
/// </remarks>
[InterpolatedStringHandler]
public readonly ref struct SafeHtmlHandler
{
    private readonly SafeHtmlWriter _writer;

    /// <summary>Starts a string for <paramref name="writer"/>.</summary>
    /// <param name="literalLength">The length of the literal parts, to reserve room.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="writer">The writer <see cref="SafeHtmlWriter.Add"/> is called on.</param>
    public SafeHtmlHandler(int literalLength, int formattedCount, SafeHtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _ = formattedCount;
        _writer = writer;
        writer.BeginAdd(literalLength);
    }

    /// <summary>A literal part of the string: markup written by the programmer, copied as it is.</summary>
    public void AppendLiteral(string value) => _writer.WriteMarkup(value);

    /// <summary>A hole of text: encoded.</summary>
    public void AppendFormatted(string? value) => _writer.WriteText(value ?? "", checkedUrl: false);

    /// <summary>A hole of markup the library made: copied as it is.</summary>
    public void AppendFormatted(TrustedHtml? value)
    {
        if (value is not null)
        {
            _writer.WriteTrusted(value);
        }
    }

    /// <summary>A hole holding a checked URL: encoded, and it may begin an <c>href</c> or <c>src</c>.</summary>
    public void AppendFormatted(SafeUrl value) => _writer.WriteText(value.Value, checkedUrl: true);

    /// <summary>A hole of any other value: its invariant-culture text, encoded.</summary>
    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    /// <summary>A hole of any other value with a format (<c>{date:yyyy-MM-dd}</c>): its invariant-culture text, encoded.</summary>
    public void AppendFormatted<T>(T value, string? format)
    {
        string text = value switch
        {
            null => "",
            IFormattable f => f.ToString(format, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        _writer.WriteText(text, checkedUrl: false);
    }
}
