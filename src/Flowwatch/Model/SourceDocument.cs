namespace Flowwatch.Model;

/// <summary>One file as read: its content hash, name, format and publisher.</summary>
/// <param name="Sha256">The lower-case hex SHA-256 of the file's bytes; identifies the file whatever its name.</param>
/// <param name="FileName">The file name as given (no folder).</param>
/// <param name="Format">The reader that read it (<c>tidy-csv</c>, <c>fsb-table-xlsx</c>, <c>eurostat-tsv</c> ...).</param>
/// <param name="Publisher">Who published the figures it holds.</param>
/// <param name="ReleaseDate">When the publisher released them, where the file says.</param>
/// <param name="Synthetic">
/// Whether the file is test data made by code rather than a publication: its figures are kept apart from the
/// real ones and shown only when asked for, labelled.
/// </param>
/// <param name="CitationList">
/// The SHA-256 of the citation list (<c>sources.csv</c>) the file's citation ids were resolved through, or null:
/// the same file read with a changed list is a change, and ingesting it again repairs its citations.
/// </param>
public sealed record SourceDocument(string Sha256, string FileName, string Format, string Publisher, DateOnly? ReleaseDate, bool Synthetic = false, string? CitationList = null)
{
    private readonly ReleaseDateBasis _dateBasis;

    /// <summary>
    /// Where <see cref="ReleaseDate"/> comes from: the file's own statement (the default for a date), the period it
    /// covers, a release calendar; <see cref="ReleaseDateBasis.None"/> without a date.
    /// </summary>
    public ReleaseDateBasis DateBasis
    {
        get => ReleaseDate is null ? ReleaseDateBasis.None : _dateBasis == ReleaseDateBasis.None ? ReleaseDateBasis.File : _dateBasis;
        init => _dateBasis = value;
    }
}
