using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>
/// One detector: reads the laid-out figures and adds what it finds. An instance holds its parameters; registered in
/// a <see cref="DetectorRegistry"/>, it runs in every scan of the command, the web and the watcher (docs/detectors.md,
/// "Adding a detector").
/// </summary>
public interface IDetector
{
    /// <summary>The name its findings carry (<see cref="Finding.Detector"/>), in JSON and in the hash of their ids: lower case, words joined by '-'.</summary>
    string Name { get; }

    /// <summary>What it finds, in one line (for <c>flowwatch scan --help</c> and the docs).</summary>
    string Description { get; }

    /// <summary>Adds its findings on <paramref name="index"/> to <paramref name="found"/>, in any order.</summary>
    /// <param name="index">The figures of the scan, by series and period kind.</param>
    /// <param name="context">The rules, events, capacities and dataset conventions; makes each finding (<see cref="FindingContext.Make(string, SeriesKey, Period, decimal?, decimal?, double, Severity, string, IReadOnlyList{Observation}, IReadOnlyList{Rule}?, string)"/>).</param>
    /// <param name="found">Where the findings go; other detectors' findings may be in it already.</param>
    void Detect(SeriesIndex index, FindingContext context, ICollection<Finding> found);
}

/// <summary>Runs one detector on its own.</summary>
public static class DetectorExtensions
{
    /// <summary>The findings of <paramref name="detector"/> alone on <paramref name="observations"/>, in the order it found them.</summary>
    /// <param name="detector">The detector.</param>
    /// <param name="observations">The figures, in any order; the latest revision of each.</param>
    /// <param name="context">The rules, events and capacities.</param>
    /// <param name="conventions">What dataset ids mean; <see cref="DatasetConventions.Default"/> if null.</param>
    public static IReadOnlyList<Finding> Detect(this IDetector detector, IReadOnlyList<Observation> observations, DetectionContext context, DatasetConventions? conventions = null)
    {
        ArgumentNullException.ThrowIfNull(detector);
        var found = new List<Finding>();
        detector.Detect(SeriesIndex.Build(observations), new FindingContext(context, conventions ?? DatasetConventions.Default), found);
        return found;
    }
}
