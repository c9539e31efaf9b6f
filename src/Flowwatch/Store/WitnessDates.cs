using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>When a witness made its figure public; shared by the engines so that both date alike.</summary>
internal static class WitnessDates
{
    /// <summary>
    /// The file's release date where it states one; else the earliest report it cites for the figure (a press
    /// compilation is public from the first report that printed the figure); else the day the store received it.
    /// </summary>
    public static DateOnly Published(SourceDocument document, IReadOnlyList<Citation> citations, DateTimeOffset ingested)
    {
        if (document.ReleaseDate is { } release)
        {
            return release;
        }

        DateOnly? earliest = null;
        foreach (Citation c in citations)
        {
            if (c.PublishedBy is { } d && (earliest is null || d < earliest))
            {
                earliest = d;
            }
        }

        return earliest ?? DateOnly.FromDateTime(ingested.UtcDateTime);
    }
}
