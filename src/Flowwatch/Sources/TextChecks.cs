using System.Text;

namespace Flowwatch.Sources;

/// <summary>Checks every text reader makes before parsing: not empty, valid UTF-8.</summary>
internal static class TextChecks
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(SourceFile file, DiagnosticSink sink, out string text)
    {
        text = "";
        ReadOnlySpan<byte> bytes = file.Bytes;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty || bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            sink.Error(SourceMessages.EmptyCode, "", SourceMessages.Empty);
            return false;
        }

        int invalid = Utf8InvalidOffset(bytes);
        if (invalid >= 0 || bytes.IndexOf((byte)0) >= 0)
        {
            long offset = invalid >= 0 ? invalid : bytes.IndexOf((byte)0);
            sink.Error(SourceMessages.EncodingCode, "", SourceMessages.NotUtf8(offset));
            return false;
        }

        text = StrictUtf8.GetString(bytes);
        return true;
    }

    /// <summary>The offset of the first byte that is not UTF-8, or -1 when all are.</summary>
    public static int Utf8InvalidOffset(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        int offset = 0;
        while (offset < bytes.Length && Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }
}
