using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>The calendar days a period spans.</summary>
internal static class PeriodDates
{
    public static DateOnly Start(this Period p) => new(p.Year, p.FirstMonth, 1);

    public static DateOnly End(this Period p) => new(p.Year, p.LastMonth, DateTime.DaysInMonth(p.Year, p.LastMonth));
}
