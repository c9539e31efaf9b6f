using Flowwatch.Model.Sanctions;

namespace Flowwatch.Sources.Sanctions;

/// <summary>What a sanctions list reader read, with every problem it found.</summary>
/// <param name="List">The list, or null when the file was refused.</param>
/// <param name="Diagnostics">Every problem found, errors and warnings.</param>
public sealed record SanctionsReadResult(SanctionsList? List, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any problem rejects the file.</summary>
    public bool HasErrors => List is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
