namespace Flowwatch.Model;

/// <summary>One file as read: its content hash, name, format and publisher.</summary>
/// <param name="Sha256">The lower-case hex SHA-256 of the file's bytes; identifies the file whatever its name.</param>
/// <param name="FileName">The file name as given (no folder).</param>
/// <param name="Format">The reader that read it (<c>tidy-csv</c>, <c>fsb-table-xlsx</c>, <c>eurostat-tsv</c> ...).</param>
/// <param name="Publisher">Who published the figures it holds.</param>
/// <param name="ReleaseDate">When the publisher released them, where the file says.</param>
public sealed record SourceDocument(string Sha256, string FileName, string Format, string Publisher, DateOnly? ReleaseDate);
