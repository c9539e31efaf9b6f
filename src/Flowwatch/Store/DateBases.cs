using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>How both engines write and read <see cref="ReleaseDateBasis"/> in <c>sources.release_date_basis</c>.</summary>
internal static class DateBases
{
    /// <summary>The column's text for a file: <c>file</c>, <c>period-end</c>, <c>calendar</c>; null when it has no release date.</summary>
    public static string? ToText(SourceDocument document) => document.ReleaseDate is null ? null : document.DateBasis switch
    {
        ReleaseDateBasis.PeriodEnd => "period-end",
        ReleaseDateBasis.Calendar => "calendar",
        _ => "file",
    };

    /// <summary>The basis of a stored file; a store written before the column existed dated files by their own statement only.</summary>
    public static ReleaseDateBasis FromText(string? text, DateOnly? releaseDate) => text switch
    {
        "period-end" => ReleaseDateBasis.PeriodEnd,
        "calendar" => ReleaseDateBasis.Calendar,
        _ => releaseDate is null ? ReleaseDateBasis.None : ReleaseDateBasis.File,
    };
}
