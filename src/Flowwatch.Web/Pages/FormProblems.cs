using System.Text;
using Microsoft.AspNetCore.Http;

namespace Flowwatch.Web.Pages;

/// <summary>What is wrong with a form or an uploaded article, in words a client can act on.</summary>
internal static class FormProblems
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The message for a body the form reader refused (no boundary, a header without a colon, an unclosed part).</summary>
    public static string Malformed(Exception e) =>
        "The request body is not a well-formed form (" + OneLine(e.Message)
        + (e.Message.Contains("invalid characters", StringComparison.Ordinal) ? " A field holds a NUL character (U+0000) or another character a form may not carry." : "")
        + "). Send application/x-www-form-urlencoded or multipart/form-data as a browser does, with the fields text, published and lang, or a file.";

    /// <summary>Decodes an uploaded article as UTF-8 (or the UTF-16 its byte-order mark names); false with a message otherwise.</summary>
    public static bool TryDecode(IFormFile file, out string text, out string? problem)
    {
        using var buffer = new MemoryStream();
        using (Stream stream = file.OpenReadStream())
        {
            stream.CopyTo(buffer);
        }

        ReadOnlySpan<byte> bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        problem = null;
        try
        {
            text = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode.GetString(bytes[2..])
                : bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(bytes[2..])
                : StrictUtf8.GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            problem = $"The file '{OneLine(file.FileName)}' is not UTF-8 text; save the article as UTF-8 plain text.";
            return false;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
