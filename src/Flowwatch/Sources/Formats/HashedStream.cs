using System.Security.Cryptography;

namespace Flowwatch.Sources.Formats;

/// <summary>
/// A read-only stream that hashes what it yields, so that a file read in one streaming pass is known at its end to be
/// the file whose SHA-256 the store records (<see cref="SourceFile.Sha256"/>), not one changed while it was read.
/// </summary>
internal sealed class HashedStream : ReadOnlyForwardStream
{
    private readonly IncrementalHash _hash = SourceFile.HashCheck();

    public HashedStream(Stream inner)
        : base(inner)
    {
    }

    /// <summary>Reads what is left and says whether all the bytes read hash to <paramref name="sha256"/> (lower-case hex).</summary>
    public bool EndsAs(string sha256)
    {
        byte[] rest = new byte[64 * 1024];
        while (Read(rest) > 0)
        {
        }

        return string.Equals(Convert.ToHexStringLower(_hash.GetHashAndReset()), sha256, StringComparison.Ordinal);
    }

    protected override void Saw(ReadOnlySpan<byte> bytes) => _hash.AppendData(bytes);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
