using System.Security.Cryptography;

namespace Flowwatch.Sources;

/// <summary>
/// A file's name and bytes, with their SHA-256, as handed to a reader. A small file is held in memory; a large one
/// (over <see cref="InMemoryBytes"/>) stays on disk: its hash is computed by streaming it, its first bytes are kept
/// for telling its format (<see cref="Head"/>), and a reader that streams (<see cref="IStreamingObservationReader"/>)
/// reads it through <see cref="OpenRead"/> without ever holding it whole; <see cref="Bytes"/> reads it whole on first
/// use, for the readers that need that.
/// </summary>
public sealed class SourceFile
{
    /// <summary>
    /// The largest file Flowwatch holds in memory whole (512 MiB): a larger one is refused with a clear error when a
    /// reader asks for its <see cref="Bytes"/>, before anything is read into memory. A file a streaming reader reads
    /// (<see cref="OpenRead"/>) is never held whole, so its size is not bounded here: its cost is time and the store's
    /// disk, and what it holds is bounded as it streams (each line by <see cref="Formats.TextShape.MaxLineLength"/>, each
    /// batch of figures by the reader).
    /// </summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    /// <summary>Files up to this size (16 MiB) are read into memory at once; larger ones stay on disk until a reader asks.</summary>
    public const long InMemoryBytes = 16L * 1024 * 1024;

    /// <summary>How many of a file's first bytes <see cref="Head"/> holds (64 KiB): enough for every format's header.</summary>
    public const int HeadBytes = 64 * 1024;

    private readonly string? _path;
    private readonly long _maxWholeBytes = MaxBytes;
    private byte[]? _bytes;

    /// <summary>A file from memory.</summary>
    /// <param name="name">The file name shown in messages and provenance.</param>
    /// <param name="bytes">The content.</param>
    public SourceFile(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Name = name;
        _bytes = bytes;
        Length = bytes.LongLength;
        Head = bytes.AsMemory(0, (int)Math.Min(bytes.Length, HeadBytes));
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private SourceFile(string name, string path, long length, byte[] head, string sha256, long maxWholeBytes)
    {
        Name = name;
        _path = path;
        _maxWholeBytes = maxWholeBytes;
        Length = length;
        Head = head;
        Sha256 = sha256;
    }

    /// <summary>The file name (no folder).</summary>
    public string Name { get; }

    /// <summary>The content, read whole (from disk on first use for a large file).</summary>
    /// <exception cref="SourceException">The file is larger than <see cref="MaxBytes"/>, or it changed on disk since its hash was taken.</exception>
    public byte[] Bytes => _bytes ??= ReadWhole();

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; }

    /// <summary>The first <see cref="HeadBytes"/> bytes (fewer in a shorter file), to tell the format without reading the file.</summary>
    public ReadOnlyMemory<byte> Head { get; }

    /// <summary>Whether the file is held in memory (a small file, or one whose <see cref="Bytes"/> were asked for).</summary>
    public bool InMemory => _bytes is not null;

    /// <summary>The lower-case hex SHA-256 of <see cref="Bytes"/>.</summary>
    public string Sha256 { get; }

    /// <summary>Reads a file from disk: whole when small, else only its hash and head (see <see cref="SourceFile"/>).</summary>
    /// <exception cref="SourceException">The file is missing or unreadable.</exception>
    public static SourceFile Load(string path) => Load(path, InMemoryBytes);

    /// <summary>
    /// <see cref="Load(string)"/> with the size above which a file stays on disk, and the size above which it is not
    /// read whole (for tests of both ways without writing half a gigabyte).
    /// </summary>
    internal static SourceFile Load(string path, long inMemoryBytes, long maxWholeBytes = MaxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new SourceException(SourceMessages.FileMissing(path));
        }

        if (info.Length <= Math.Min(inMemoryBytes, maxWholeBytes))
        {
            return new SourceFile(info.Name, File.ReadAllBytes(path));
        }

        using FileStream stream = OpenShared(info.FullName);
        byte[] head = new byte[HeadBytes];
        int got = stream.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(head, 0, got);
        byte[] buffer = new byte[1024 * 1024];
        long length = got;
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, n);
            length += n;
        }

        return new SourceFile(info.Name, info.FullName, length, head[..got], Convert.ToHexStringLower(hash.GetHashAndReset()), maxWholeBytes);
    }

    /// <summary>
    /// The content as a stream, from the start: from memory, or from disk for a large file, in which case the reader
    /// checks as it reads that the bytes are still the ones hashed (<see cref="HashCheck"/>).
    /// </summary>
    public Stream OpenRead() => _bytes is { } bytes ? new MemoryStream(bytes, writable: false) : OpenShared(_path!);

    /// <summary>A hash of the bytes a stream from <see cref="OpenRead"/> yields, to compare with <see cref="Sha256"/> once it is read to the end.</summary>
    internal static IncrementalHash HashCheck() => IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    private static FileStream OpenShared(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private byte[] ReadWhole()
    {
        if (Length > _maxWholeBytes)
        {
            throw new SourceException(SourceMessages.FileTooLarge(_path!, Length, _maxWholeBytes));
        }

        byte[] bytes = File.ReadAllBytes(_path!);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), Sha256, StringComparison.Ordinal))
        {
            throw new SourceException(SourceMessages.FileChanged(_path!));
        }

        return bytes;
    }
}
