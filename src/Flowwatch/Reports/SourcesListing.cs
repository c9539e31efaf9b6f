using System.Globalization;
using System.Text;
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
        var sb = new StringBuilder("sha256,file_name,format,publisher,release_date,release_date_basis,published_first,published_last,ingested,rows,synthetic\n");
        foreach (SourceFileRow f in Files)
        {
            string[] cells =
            [
                f.Sha256, f.File, f.Format, f.Publisher, f.ReleaseDate ?? "", f.ReleaseDateBasis ?? "", f.PublishedFirst ?? "", f.PublishedLast ?? "",
                f.IngestedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                f.Rows.ToString(CultureInfo.InvariantCulture), f.Synthetic ? "yes" : "no",
            ];
            sb.AppendJoin(',', cells.Select(CsvCell.Quote)).Append('\n');
        }

        return sb.ToString();
    }
}
