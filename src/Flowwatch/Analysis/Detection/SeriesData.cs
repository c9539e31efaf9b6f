using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>One series' figures, by period kind.</summary>
internal sealed class SeriesData
{
    private readonly PeriodSlots?[] _byKind = new PeriodSlots?[4];

    public SeriesData(SeriesKey key) => Key = key;

    public SeriesKey Key { get; }

    public IEnumerable<PeriodSlots> Kinds => _byKind.Where(s => s is not null)!;

    public PeriodSlots? Of(PeriodKind kind) => (int)kind < _byKind.Length ? _byKind[(int)kind] : null;

    public Observation? At(Period p) => Of(p.Kind)?.At(p);

    internal void Set(PeriodKind kind, PeriodSlots slots) => _byKind[(int)kind] = slots;
}
