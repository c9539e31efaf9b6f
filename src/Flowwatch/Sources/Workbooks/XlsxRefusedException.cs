namespace Flowwatch.Sources.Workbooks;

/// <summary>A workbook breaks one of <see cref="XlsxLimits"/>; reading stops at once and the file is refused.</summary>
internal sealed class XlsxRefusedException : Exception
{
    public XlsxRefusedException(string message)
        : base(message)
    {
    }

    public XlsxRefusedException()
    {
    }

    public XlsxRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
