namespace Flowwatch.Sources;

/// <summary>A problem found in a file, with the place it was found.</summary>
/// <param name="Severity">Whether it rejects the file.</param>
/// <param name="Code">A stable code tests and scripts can match (<c>FW012</c>).</param>
/// <param name="File">The file name.</param>
/// <param name="Location">The line or cell (<c>line 17</c>, <c>Sheet1!F42</c>), or empty for the whole file.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string File, string Location, string Message)
{
    /// <summary><c>file, line 17: message [FW012]</c>.</summary>
    public override string ToString() =>
        Location.Length > 0 ? $"{File}, {Location}: {Message} [{Code}]" : $"{File}: {Message} [{Code}]";
}
