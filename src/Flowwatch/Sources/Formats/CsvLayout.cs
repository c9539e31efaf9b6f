namespace Flowwatch.Sources.Formats;

/// <summary>How a separated text is laid out.</summary>
/// <param name="Separator">The separator; null to let Sep tell it from the first line (<c>,</c> <c>;</c> tab or <c>|</c>).</param>
/// <param name="HasHeader">Whether the first row names the columns.</param>
/// <param name="MultiLineFieldsUpTo">The last line on which a quoted field may start and go on over the next (each such field
/// is named in a warning): 0 where the format has none, the header rows where only headers wrap, <see cref="int.MaxValue"/> anywhere.</param>
internal sealed record CsvLayout(char? Separator = null, bool HasHeader = true, int MultiLineFieldsUpTo = 0);
