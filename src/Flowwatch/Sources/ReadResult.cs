using Flowwatch.Model;

namespace Flowwatch.Sources;

/// <summary>What a reader made of a file: the figures it read and every problem it found.</summary>
/// <param name="Document">The file.</param>
/// <param name="Observations">The figures, in file order; do not use them when <see cref="HasErrors"/>.</param>
/// <param name="Diagnostics">Every problem found, not only the first.</param>
public sealed record ReadResult(SourceDocument Document, IReadOnlyList<Observation> Observations, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any problem rejects the file.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The file and its figures, for the store.</summary>
    /// <exception cref="InvalidOperationException">The file has errors: it must not be stored.</exception>
    public SourceFigures Accepted() =>
        HasErrors ? throw new InvalidOperationException(SourceMessages.ReadHasErrors(Document.FileName)) : new SourceFigures(Document, Observations);
}
