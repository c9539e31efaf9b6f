using Flowwatch.Sources;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Application.Sanctions;

/// <summary>What loading a list file did: the stored version, or the problems that refused it.</summary>
/// <param name="Path">The file as named.</param>
/// <param name="Stored">The outcome, or null when the file was refused.</param>
/// <param name="Diagnostics">Every problem found.</param>
public sealed record SanctionsLoadOutcome(string Path, SanctionsIngestOutcome? Stored, IReadOnlyList<Diagnostic> Diagnostics);
