namespace Flowwatch.Sources;

/// <summary>A file could not be read at all (missing, too large, of no known format).</summary>
public sealed class SourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SourceException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
