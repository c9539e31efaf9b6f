using System.Text;

namespace Flowwatch.Sources.Formats;

/// <summary>Checks every text reader makes before parsing: not empty, valid UTF-8.</summary>
internal static class TextChecks
{
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

    /// <summary>
    /// <see cref="TryDecode"/>'s checks over a file read chunk by chunk, its text handed to <paramref name="shape"/> as it
    /// is decoded: the same problems with the same messages, in memory that does not grow with the file.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="sink">Where problems go.</param>
    /// <param name="shape">The shape check, fed the decoded text; its problems go to <paramref name="shapeSink"/>.</param>
    /// <param name="shapeSink">The shape check's problems, reported only when the text decodes (as the whole-file check does).</param>
    public static bool TryScan(SourceFile file, DiagnosticSink sink, TextShape.Scan shape, DiagnosticSink shapeSink)
    {
        ArgumentNullException.ThrowIfNull(file);
        const int Chunk = 1024 * 1024;
        byte[] bytes = new byte[Chunk];
        char[] chars = new char[Chunk];
        using Stream stream = file.OpenRead();
        int kept = 0;
        long offset = 0;
        long nul = -1, invalid = -1;
        bool first = true, blank = true;
        while (true)
        {
            // At least a whole UTF-8 sequence more, unless the file ends: fewer bytes than asked means it did.
            int want = Math.Min(4, Chunk - kept);
            int n = stream.ReadAtLeast(bytes.AsSpan(kept), want, throwOnEndOfStream: false);
            bool final = n < want;
            ReadOnlySpan<byte> span = bytes.AsSpan(0, kept + n);
            if (first)
            {
                first = false;
                if (span.StartsWith("\uFEFF"u8))
                {
                    span = span[3..];
                }
            }

            blank = blank && span.IndexOfAnyExcept(" \t\r\n"u8) < 0;
            if (nul < 0 && span.IndexOf((byte)0) is var zero and >= 0)
            {
                nul = offset + zero;
            }

            System.Buffers.OperationStatus status = System.Text.Unicode.Utf8.ToUtf16(span, chars, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: final);
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                invalid = offset + read;
                break;
            }

            shape.Feed(chars.AsSpan(0, written));
            offset += read;
            kept = span.Length - read;
            span[read..].CopyTo(bytes);
            if (final)
            {
                break;
            }
        }

        if (blank && invalid < 0)
        {
            sink.Error(SourceMessages.EmptyCode, "", SourceMessages.Empty);
            return false;
        }

        if (invalid >= 0 || nul >= 0)
        {
            sink.Error(SourceMessages.EncodingCode, "", SourceMessages.NotUtf8(invalid >= 0 ? invalid : nul));
            return false;
        }

        bool ok = shape.Finish();
        sink.AddRange(shapeSink.Items);
        return ok;
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
