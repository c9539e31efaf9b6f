namespace Flowwatch.Sources;

/// <summary>
/// A read-only stream over another that refuses to yield more than a set number of bytes: the declared
/// size of a zip entry can lie, so a part's inflated size is counted as it is read.
/// </summary>
internal sealed class BoundedStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly string _name;
    private readonly bool _inAll;
    private long _read;

    /// <param name="inner">The stream read.</param>
    /// <param name="limit">The most bytes it may yield.</param>
    /// <param name="name">The part, for the message.</param>
    /// <param name="inAll">Whether the limit is what is left of the workbook's bound on all its parts, not the part's own.</param>
    public BoundedStream(Stream inner, long limit, string name, bool inAll = false)
    {
        _inner = inner;
        _limit = limit;
        _name = name;
        _inAll = inAll;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = _inner.Read(buffer);
        _read += n;
        if (_read > _limit)
        {
            throw new XlsxRefusedException(_inAll ? SourceMessages.XlsxTooMuchInAll(_name, XlsxLimits.MaxTotalBytes) : SourceMessages.XlsxPartTooLarge(_name, _read, _limit));
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
