using System.Text;

namespace Flowwatch.Sources.RussianTables;

/// <summary>
/// Decodes a Russian text export: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
/// mark, or Windows-1251, which Excel and older Rosstat exports still write. Anything else is reported.
/// </summary>
internal static class RussianTextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The name of the encoding used, for the warning; null when the file was UTF-8.</summary>
    public static bool TryDecode(SourceFile file, DiagnosticSink sink, out string text, out string? legacyEncoding)
    {
        text = "";
        legacyEncoding = null;
        ReadOnlySpan<byte> bytes = file.Bytes;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            // Excel's "Unicode text" export: UTF-16 with a byte-order mark.
            bool little = bytes[0] == 0xFF;
            text = (little ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes[2..]);
            legacyEncoding = little ? "UTF-16LE" : "UTF-16BE";
            return CheckNotEmpty(text, sink);
        }

        if (bytes.IsEmpty || bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            sink.Error(SourceMessages.EmptyCode, "", SourceMessages.Empty);
            return false;
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0 || LooksBinary(bytes))
        {
            sink.Error(SourceMessages.EncodingCode, "", SourceMessages.NotText(nul >= 0 ? nul : FirstControl(bytes)));
            return false;
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }

        // Not UTF-8: Windows-1251 if the bytes above 0x7F read as Russian letters.
        Encoding cp1251 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        string candidate = cp1251.GetString(bytes);
        int high = 0, cyrillic = 0;
        foreach (char c in candidate)
        {
            if (c > '\u007F')
            {
                high++;
                // А-я, Ё/ё and the punctuation Russian text uses. UTF-8 read as Windows-1251 fails this:
                // half of its high bytes (0x80-0xBF) are symbols and rare letters (Ђ, Љ, °, ±).
                if (c is >= '\u0410' and <= '\u044F' or 'Ё' or 'ё' or '«' or '»' or '–' or '—' or '№' or '\u00A0')
                {
                    cyrillic++;
                }
            }
        }

        if (high > 0 && cyrillic * 10 >= high * 9)
        {
            text = candidate;
            legacyEncoding = "Windows-1251";
            return true;
        }

        sink.Error(SourceMessages.EncodingCode, "", SourceMessages.NotRussianText);
        return false;
    }

    private static bool CheckNotEmpty(string text, DiagnosticSink sink)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            sink.Error(SourceMessages.EmptyCode, "", SourceMessages.Empty);
            return false;
        }

        return true;
    }

    // Control bytes other than tab, CR, LF and form feed do not occur in a text export.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes) => FirstControl(bytes) >= 0;

    private static int FirstControl(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                return i;
            }
        }

        return -1;
    }
}
