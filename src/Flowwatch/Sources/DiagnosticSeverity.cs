namespace Flowwatch.Sources;

/// <summary>How bad a problem found while reading a file is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth telling; the file is still read.</summary>
    Warning,

    /// <summary>The file is rejected as a whole.</summary>
    Error,
}
