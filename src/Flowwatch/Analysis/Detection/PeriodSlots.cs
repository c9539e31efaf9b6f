using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// The figures of one series for one period kind, in an array indexed by period, so that "the same
/// quarter five years back" is an index step rather than a lookup.
/// </summary>
/// <remarks>
/// Index 0 is the first period of <see cref="FirstYear"/>; a year holds <see cref="PerYear"/> slots. A slot with no
/// figure holds null in <see cref="Slots"/> and NaN in <see cref="Values"/>.
/// </remarks>
public sealed class PeriodSlots
{
    private readonly Observation?[] _slots;
    private readonly double[] _values;

    internal PeriodSlots(PeriodKind kind, int firstYear, int lastYear)
    {
        Kind = kind;
        FirstYear = firstYear;
        PerYear = PerYearOf(kind);
        _slots = new Observation?[(lastYear - firstYear + 1) * PerYear];
        _values = new double[_slots.Length];
        Array.Fill(_values, double.NaN);
    }

    /// <summary>The period kind of every slot.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The year of slot 0.</summary>
    public int FirstYear { get; }

    /// <summary>Slots per year: 1, 2, 4 or 12.</summary>
    public int PerYear { get; }

    /// <summary>The figures by slot; null where none was published.</summary>
    public ReadOnlySpan<Observation?> Slots => _slots;

    /// <summary>The figures as doubles (NaN where none): the detectors' arithmetic stays off decimal.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The figures published, in period order.</summary>
    public IEnumerable<Observation> Figures => _slots.OfType<Observation>();

    /// <summary>The number of slots.</summary>
    public int Length => _slots.Length;

    /// <summary>Slots per year of a period kind: 1, 2, 4, 12; 0 for a kind that is not laid out (year to date).</summary>
    /// <param name="kind">The period kind.</param>
    public static int PerYearOf(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => 1,
        PeriodKind.Half => 2,
        PeriodKind.Quarter => 4,
        PeriodKind.Month => 12,
        _ => 0,
    };

    /// <summary>The slot of a period of this kind (out of range for periods outside the slots' years).</summary>
    /// <param name="p">A period of <see cref="Kind"/>.</param>
    public int IndexOf(Period p) => ((p.Year - FirstYear) * PerYear) + p.Index - 1;

    /// <summary>The figure at a slot; null where none or out of range.</summary>
    /// <param name="index">The slot.</param>
    public Observation? At(int index) => index >= 0 && index < _slots.Length ? _slots[index] : null;

    /// <summary>The figure at a slot as a double; NaN where none or out of range.</summary>
    /// <param name="index">The slot.</param>
    public double ValueAt(int index) => index >= 0 && index < _values.Length ? _values[index] : double.NaN;

    /// <summary>The figure of a period; null where none, or when the period is of another kind.</summary>
    /// <param name="p">The period.</param>
    public Observation? At(Period p) => p.Kind == Kind ? At(IndexOf(p)) : null;

    /// <summary>The period of a slot.</summary>
    /// <param name="index">The slot.</param>
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

    internal void Set(int index, Observation o)
    {
        _slots[index] = o;
        _values[index] = (double)o.Value;
    }
}
