using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>One series' figures, by period kind (<see cref="SeriesIndex"/>).</summary>
public sealed class SeriesData
{
    private readonly PeriodSlots?[] _byKind = new PeriodSlots?[4];

    internal SeriesData(SeriesKey key) => Key = key;

    /// <summary>The series.</summary>
    public SeriesKey Key { get; }

    /// <summary>The period kinds it was published in (years, halves, quarters, months), in that order.</summary>
    public IEnumerable<PeriodSlots> Kinds => _byKind.Where(s => s is not null)!;

    /// <summary>Its figures of one period kind; null where it has none.</summary>
    /// <param name="kind">The period kind.</param>
    public PeriodSlots? Of(PeriodKind kind) => (int)kind < _byKind.Length ? _byKind[(int)kind] : null;

    /// <summary>Its figure of a period; null where none.</summary>
    /// <param name="p">The period.</param>
    public Observation? At(Period p) => Of(p.Kind)?.At(p);

    internal void Set(PeriodKind kind, PeriodSlots slots) => _byKind[(int)kind] = slots;
}
