namespace Flowwatch.Model;

/// <summary>What one figure of a dataset measures, which says whether figures of shorter periods add up to longer ones.</summary>
public enum DatasetMeasure
{
    /// <summary>A count over the period (entries, visas issued): the quarters of a year add up to the year.</summary>
    Flow = 0,

    /// <summary>A count on a day, the end of the period (workers present, permit holders): figures never add up.</summary>
    Stock = 1,

    /// <summary>A difference between two days (the fall in workers since 2017): figures never add up.</summary>
    Change = 2,
}
