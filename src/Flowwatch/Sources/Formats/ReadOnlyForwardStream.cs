namespace Flowwatch.Sources.Formats;

/// <summary>
/// A stream that reads another forward only and looks at the bytes on the way (<see cref="BoundedStream"/> counts them,
/// <see cref="HashedStream"/> hashes them): everything else a stream can do is refused, and the inner stream is
/// closed with it.
/// </summary>
internal abstract class ReadOnlyForwardStream : Stream
{
    protected ReadOnlyForwardStream(Stream inner) => Inner = inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>The bytes read so far.</summary>
    protected long BytesRead { get; private set; }

    /// <summary>The stream read.</summary>
    protected Stream Inner { get; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = Inner.Read(buffer);
        BytesRead += n;
        Saw(buffer[..n]);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Looks at the bytes just read (may throw to refuse them).</summary>
    protected abstract void Saw(ReadOnlySpan<byte> bytes);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
