using Flowwatch.Model;

namespace Flowwatch.Store;

/// <summary>A figure one file states twice: the series and period, where it first stood and where it stood again.</summary>
public sealed record DuplicateFigure(SeriesKey Key, Period Period, SourceLocator First, SourceLocator Again);
