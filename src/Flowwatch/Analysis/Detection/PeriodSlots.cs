using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// The figures of one series for one period kind, in an array indexed by period, so that "the same
/// quarter five years back" is an index step rather than a lookup.
/// </summary>
internal sealed class PeriodSlots
{
    public PeriodSlots(PeriodKind kind, int firstYear, int lastYear)
    {
        Kind = kind;
        FirstYear = firstYear;
        PerYear = PerYearOf(kind);
        Slots = new Observation?[(lastYear - firstYear + 1) * PerYear];
        Values = new double[Slots.Length];
        Array.Fill(Values, double.NaN);
    }

    public PeriodKind Kind { get; }

    public int FirstYear { get; }

    public int PerYear { get; }

    public Observation?[] Slots { get; }

    /// <summary>The figures as doubles (NaN where none): the detectors' arithmetic stays off decimal.</summary>
    public double[] Values { get; }

    public int Length => Slots.Length;

    public static int PerYearOf(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => 1,
        PeriodKind.Half => 2,
        PeriodKind.Quarter => 4,
        PeriodKind.Month => 12,
        _ => 0,
    };

    public int IndexOf(Period p) => ((p.Year - FirstYear) * PerYear) + p.Index - 1;

    public Observation? At(int index) => index >= 0 && index < Slots.Length ? Slots[index] : null;

    public double ValueAt(int index) => index >= 0 && index < Values.Length ? Values[index] : double.NaN;

    public Observation? At(Period p) => p.Kind == Kind ? At(IndexOf(p)) : null;

    public Period PeriodAt(int index)
    {
        int year = FirstYear + (index / PerYear);
        int i = (index % PerYear) + 1;
        return Kind switch
        {
            PeriodKind.Year => Period.OfYear(year),
            PeriodKind.Half => Period.OfHalf(year, i),
            PeriodKind.Quarter => Period.OfQuarter(year, i),
            _ => Period.OfMonth(year, i),
        };
    }
}
