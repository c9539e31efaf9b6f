using Flowwatch.Sources;
using Flowwatch.Store;

namespace Flowwatch.Application;

/// <summary>What happened to one file given to <see cref="Ingestion"/>.</summary>
/// <param name="Path">The file as given.</param>
/// <param name="Format">The format it was read as, or empty when it was not read.</param>
/// <param name="Stored">The store's account when the file was read without errors.</param>
/// <param name="Diagnostics">The problems found; with any error the file was not stored.</param>
/// <param name="IsCitationList">Whether the file was a citation list, used for the files beside it and not stored as figures.</param>
public sealed record FileOutcome(string Path, string Format, IngestOutcome? Stored, IReadOnlyList<Diagnostic> Diagnostics, bool IsCitationList = false)
{
    /// <summary>Whether the file was refused.</summary>
    public bool IsRejected => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Whether the file was found in a folder and skipped because it is not in a format Flowwatch reads.</summary>
    public bool IsSkipped { get; init; }

    /// <summary>For a news article (<see cref="Articles.ArticleIngestion"/>): how many claims it holds; null for other files.</summary>
    public int? Claims { get; init; }

    /// <summary>For a news article: how many of its claims are about a figure the store holds.</summary>
    public int ClaimsOnFigures { get; init; }

    /// <summary>Whether the file was stored as synthetic test data.</summary>
    public bool IsSynthetic => Stored?.Document.Synthetic ?? false;
}
