namespace Flowwatch.Sources.Eurostat;

/// <summary>What Flowwatch does with a Eurostat code.</summary>
public enum EurostatCodeKind
{
    /// <summary>Read into a series.</summary>
    Kept,

    /// <summary>Known and left out on purpose (an aggregate, a sub-category its parent already counts).</summary>
    Skipped,

    /// <summary>Not known: an error naming the cell.</summary>
    Unknown,
}
