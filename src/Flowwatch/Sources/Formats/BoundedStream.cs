using Flowwatch.Sources.Workbooks;

namespace Flowwatch.Sources.Formats;

/// <summary>
/// A read-only stream over another that refuses to yield more than a set number of bytes: the declared
/// size of a zip entry can lie, so a part's inflated size is counted as it is read.
/// </summary>
internal sealed class BoundedStream : ReadOnlyForwardStream
{
    private readonly long _limit;
    private readonly string _name;
    private readonly bool _inAll;

    /// <param name="inner">The stream read.</param>
    /// <param name="limit">The most bytes it may yield.</param>
    /// <param name="name">The part, for the message.</param>
    /// <param name="inAll">Whether the limit is what is left of the workbook's bound on all its parts, not the part's own.</param>
    public BoundedStream(Stream inner, long limit, string name, bool inAll = false)
        : base(inner)
    {
        _limit = limit;
        _name = name;
        _inAll = inAll;
    }

    protected override void Saw(ReadOnlySpan<byte> bytes)
    {
        if (BytesRead > _limit)
        {
            throw new XlsxRefusedException(_inAll ? SourceMessages.XlsxTooMuchInAll(_name, XlsxLimits.MaxTotalBytes) : SourceMessages.XlsxPartTooLarge(_name, BytesRead, _limit));
        }
    }
}
