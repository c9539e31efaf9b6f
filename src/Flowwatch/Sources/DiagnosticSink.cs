namespace Flowwatch.Sources;

/// <summary>
/// Gathers a file's problems up to a cap, so that a user sees every problem at once but a file of
/// garbage cannot flood the output.
/// </summary>
internal sealed class DiagnosticSink
{
    private const int MaxDiagnostics = 200;
    private readonly List<Diagnostic> _items = [];

    public DiagnosticSink(string fileName) => FileName = fileName;

    public string FileName { get; }

    public int ErrorCount { get; private set; }

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(string code, string location, string message) => Add(DiagnosticSeverity.Error, code, location, message);

    public void Warning(string code, string location, string message) => Add(DiagnosticSeverity.Warning, code, location, message);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (Diagnostic d in diagnostics)
        {
            Add(d.Severity, d.Code, d.Location, d.Message);
        }
    }

    private void Add(DiagnosticSeverity severity, string code, string location, string message)
    {
        if (severity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        if (_items.Count < MaxDiagnostics)
        {
            _items.Add(new Diagnostic(severity, code, FileName, location, message));
        }
        else if (_items.Count == MaxDiagnostics)
        {
            _items.Add(new Diagnostic(DiagnosticSeverity.Error, SourceMessages.TooManyCode, FileName, "", SourceMessages.TooMany(MaxDiagnostics)));
        }
    }
}
