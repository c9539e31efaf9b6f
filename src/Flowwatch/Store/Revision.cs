using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>A figure that a later file states differently.</summary>
/// <param name="Key">The series.</param>
/// <param name="Period">The period.</param>
/// <param name="Before">The figure until now, with its flag.</param>
/// <param name="BeforeFlag">Its flag.</param>
/// <param name="After">The new figure.</param>
/// <param name="AfterFlag">Its flag.</param>
/// <param name="BeforeFile">The file the earlier figure came from.</param>
public sealed record Revision(SeriesKey Key, Period Period, decimal Before, ObservationFlag BeforeFlag, decimal After, ObservationFlag AfterFlag, string BeforeFile);
