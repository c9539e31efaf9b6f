using System.Globalization;
using Flowwatch.Model;

namespace Flowwatch.Sources.Formats;

/// <summary>
/// What one figure of a dataset counts, for checking it: whole things (trips, persons, permits) or not, and in what
/// size of unit (Rosstat's thousands of trips), so that the bound of <see cref="CountLimits.MaxCount"/> holds in units
/// whatever the table's unit: 4,294,967,296 thousand trips is refused as surely as 10,000,000,000 visas.
/// </summary>
/// <param name="Whole">Whether every figure is a whole number.</param>
/// <param name="Size">How many units one figure stands for: 1, or 1000 for "thousand trips".</param>
/// <param name="Noun">The unit as the catalogue names it (<c>trips</c>, <c>thousand trips</c>).</param>
internal readonly record struct FigureUnit(bool Whole, decimal Size, string Noun)
{
    /// <summary>A whole count of persons, the unit of most tables.</summary>
    public static FigureUnit Persons { get; } = new(true, 1, "persons");

    /// <summary>The unit of a catalogued dataset (data/datasets.csv).</summary>
    public static FigureUnit Of(DatasetInfo dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new(dataset.IsCount, dataset.UnitSize, dataset.Unit);
    }

    /// <summary>The unit of a dataset: its catalogue entry, else whole persons.</summary>
    public static FigureUnit Of(DatasetId dataset) =>
        DatasetCatalog.Bundled.TryGet(dataset, out DatasetInfo? info) ? Of(info!) : Persons;

    /// <summary>The largest figure in this unit: <see cref="CountLimits.MaxCount"/> units.</summary>
    public decimal Max => CountLimits.MaxCount / Size;

    /// <summary>Whether a value read is a figure of this unit: not negative, whole where it must be, at most <see cref="Max"/>.</summary>
    public bool Holds(decimal value) => value >= 0 && value <= Max && (!Whole || decimal.Truncate(value) == value);

    /// <summary>The figure this unit expects, in words: "a whole number of trips from 0 to 1,000,000,000".</summary>
    public string Expected =>
        string.Create(CultureInfo.InvariantCulture, $"{(Whole ? "a whole number" : "a number")} of {Noun} from 0 to {Max:#,0.###}")
        + (Size != 1 ? string.Create(CultureInfo.InvariantCulture, $" ({CountLimits.MaxCount:N0} in units)") : "");
}
