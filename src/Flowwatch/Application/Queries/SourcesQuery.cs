using System.Globalization;
using Flowwatch.Model;
using Flowwatch.Reports;
using Flowwatch.Sources;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Store;

namespace Flowwatch.Application.Queries;

/// <summary>
/// The sources use case behind <c>flowwatch sources</c>, <c>GET /api/sources</c> and the sources page: the files
/// the store holds, each with its identity, publication and ingest, and the bundled citations.
/// </summary>
public static class SourcesQuery
{
    private static readonly Lazy<IReadOnlyList<CitationRow>> BundledCitations = new(ReadBundledCitations);

    /// <summary>Lists the files (as <see cref="IObservationStore.Sources"/> gives them) and the bundled citations.</summary>
    public static SourcesListing List(IReadOnlyList<SourceRecord> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new SourcesListing([.. sources.Select(Row)], BundledCitations.Value);
    }

    private static SourceFileRow Row(SourceRecord s) => new()
    {
        File = s.Document.FileName,
        Sha256 = s.Document.Sha256,
        Format = s.Document.Format,
        Publisher = s.Document.Publisher,
        ReleaseDate = Day(s.Document.ReleaseDate),
        ReleaseDateBasis = s.Document.DateBasis switch
        {
            ReleaseDateBasis.File => "file",
            ReleaseDateBasis.PeriodEnd => "period-end",
            ReleaseDateBasis.Calendar => "calendar",
            _ => null,
        },
        IngestedAt = s.IngestedAt,
        Rows = s.Rows,
        Synthetic = s.Document.Synthetic,
        PublishedFirst = Day(s.Published?.First),
        PublishedLast = Day(s.Published?.Last),
    };

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyList<CitationRow> ReadBundledCitations()
    {
        (CitationCatalog catalog, IReadOnlyList<Diagnostic> problems) = CitationCatalog.Read(BundledData.Citations);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The bundled citation list is broken: " + string.Join("; ", problems));
        }

        return [.. catalog.All.Select(c => new CitationRow(c.Id, c.Outlet, c.Date, catalog.LanguageOf(c.Id), c.Url))];
    }
}
