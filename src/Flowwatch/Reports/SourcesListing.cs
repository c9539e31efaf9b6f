using System.Globalization;
using System.Text.Json.Serialization;

namespace Flowwatch.Reports;

/// <summary>The sources: the ingested files and the bundled citations (the answer of <c>GET /api/sources</c>).</summary>
/// <param name="Files">The ingested files, in ingest order.</param>
/// <param name="Citations">The bundled citation list, in its file's order.</param>
public sealed record SourcesListing(
    [property: JsonPropertyName("files")] IReadOnlyList<SourceFileRow> Files,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationRow> Citations)
{
    /// <summary>The files as CSV (<c>flowwatch sources --format csv</c>), one row a file.</summary>
    public string FilesCsv()
    {
        var csv = new CsvWriter("sha256", "file_name", "format", "publisher", "release_date", "release_date_basis", "published_first", "published_last", "ingested", "rows", "synthetic");
        foreach (SourceFileRow f in Files)
        {
            csv.Text(f.Sha256).Text(f.File).Text(f.Format).Text(f.Publisher).Text(f.ReleaseDate).Text(f.ReleaseDateBasis).Text(f.PublishedFirst).Text(f.PublishedLast)
                .Text(f.IngestedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Number(f.Rows).Text(f.Synthetic ? "yes" : "no").EndRow();
        }

        return csv.ToString();
    }
}
