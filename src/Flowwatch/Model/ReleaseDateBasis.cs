namespace Flowwatch.Model;

/// <summary>
/// Where a file's release date comes from, so that a user sees how far it can be trusted (<c>flowwatch sources</c>).
/// </summary>
public enum ReleaseDateBasis
{
    /// <summary>The file states no date: its figures are dated by the reports they cite, else by the day they were ingested.</summary>
    None = 0,

    /// <summary>The file states it: an update line («Обновлено: 11.05.2023»), an SDMX or JSON-stat update field.</summary>
    File = 1,

    /// <summary>
    /// The file states only the period it covers: it cannot have been released before that period ended, so the date is the
    /// first day after it (the MVD's January-December 2016 release: 2017-01-01), a bound rather than the day of release.
    /// </summary>
    PeriodEnd = 2,

    /// <summary>A release calendar kept as data for the dataset, with its citation.</summary>
    Calendar = 3,
}
