using System.Security.Cryptography;

namespace Flowwatch.Sources;

/// <summary>A file's name and bytes, with their SHA-256, as handed to a reader.</summary>
public sealed class SourceFile
{
    /// <summary>The largest file Flowwatch reads (512 MiB): larger ones are refused with a clear error, not read into memory.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    /// <summary>A file from memory.</summary>
    /// <param name="name">The file name shown in messages and provenance.</param>
    /// <param name="bytes">The content.</param>
    public SourceFile(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Name = name;
        Bytes = bytes;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The file name (no folder).</summary>
    public string Name { get; }

    /// <summary>The content.</summary>
    public byte[] Bytes { get; }

    /// <summary>The lower-case hex SHA-256 of <see cref="Bytes"/>.</summary>
    public string Sha256 { get; }

    /// <summary>Reads a file from disk.</summary>
    /// <exception cref="SourceException">The file is missing, unreadable or larger than <see cref="MaxBytes"/>.</exception>
    public static SourceFile Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new SourceException(SourceMessages.FileMissing(path));
        }

        if (info.Length > MaxBytes)
        {
            throw new SourceException(SourceMessages.FileTooLarge(path, info.Length));
        }

        return new SourceFile(info.Name, File.ReadAllBytes(path));
    }
}
