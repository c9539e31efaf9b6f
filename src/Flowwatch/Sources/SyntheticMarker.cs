using System.IO.Compression;
using System.Text;

namespace Flowwatch.Sources;

/// <summary>
/// Tells test data by the marker in its own text: the words <c>SYNTHETIC SAMPLE</c> (any case) in a text file,
/// or in any cell of a workbook. The marker travels with the content, whatever the file is renamed to.
/// </summary>
/// <remarks>
/// The marker is ASCII, so it is found in the bytes of UTF-8, Windows-1251 and other ASCII-compatible files
/// without decoding them; UTF-16 files are decoded first. A workbook is a zip: its shared strings and sheets
/// are searched.
/// </remarks>
public static class SyntheticMarker
{
    /// <summary>The marker, as a file states it.</summary>
    public const string Text = "SYNTHETIC SAMPLE";

    /// <summary>Whether the file carries the marker.</summary>
    public static bool IsMarked(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ReadOnlySpan<byte> head = file.Head.Span;
        if (!file.InMemory && !head.StartsWith("PK"u8) && !head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // A large text file stays on disk: its marker is looked for chunk by chunk.
            return StreamIsMarked(file);
        }

        byte[] bytes = file.Bytes;
        if (bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K')
        {
            return WorkbookIsMarked(bytes);
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            Encoding utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return utf16.GetString(bytes).Contains(Text, StringComparison.OrdinalIgnoreCase);
        }

        return ContainsAscii(bytes);
    }

    private static bool WorkbookIsMarked(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                if (!entry.FullName.StartsWith("xl/", StringComparison.Ordinal) || !entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.Length > SourceFile.MaxBytes)
                {
                    continue;
                }

                using Stream stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                if (ContainsAscii(buffer.ToArray()))
                {
                    return true;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not a readable zip: the reader reports that; unmarked here.
        }

        return false;
    }

    private static bool StreamIsMarked(SourceFile file)
    {
        // Each chunk after the first starts with the end of the one before, so that a marker across two is found.
        int overlap = Text.Length - 1;
        byte[] buffer = new byte[(1024 * 1024) + overlap];
        using Stream stream = file.OpenRead();
        int kept = 0;
        int n;
        while ((n = stream.ReadAtLeast(buffer.AsSpan(kept), buffer.Length - kept, throwOnEndOfStream: false)) > 0)
        {
            int length = kept + n;
            if (ContainsAscii(buffer.AsSpan(0, length)))
            {
                return true;
            }

            kept = Math.Min(overlap, length);
            buffer.AsSpan(length - kept, kept).CopyTo(buffer);
        }

        return false;
    }

    private static bool ContainsAscii(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> upper = "SYNTHETIC SAMPLE"u8;
        ReadOnlySpan<byte> lower = "synthetic sample"u8;
        for (int i = bytes.IndexOfAny(upper[0], lower[0]); i >= 0 && i + upper.Length <= bytes.Length;)
        {
            int j = 0;
            while (j < upper.Length && (bytes[i + j] == upper[j] || bytes[i + j] == lower[j]))
            {
                j++;
            }

            if (j == upper.Length)
            {
                return true;
            }

            int next = bytes[(i + 1)..].IndexOfAny(upper[0], lower[0]);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }
}
