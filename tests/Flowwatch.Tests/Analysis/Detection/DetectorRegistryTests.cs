using Flowwatch.Analysis.Detection;
using Flowwatch.Analysis.Detection.Wording;
using Flowwatch.Application;
using Flowwatch.Model;

namespace Flowwatch.Tests.Analysis.Detection;

public sealed class DetectorRegistryTests
{
    private static readonly Lazy<IReadOnlyList<Observation>> Bundled = new(() => BundledData.Read().Observations);

    private static IReadOnlyList<Finding> Scan(DetectorRegistry detectors) =>
        (DetectorSuite.Default with { Detectors = detectors }).Scan(Bundled.Value, ReferenceData.Load());

    [Fact]
    public void The_default_registry_holds_the_five_detectors_in_scan_order()
    {
        Assert.Equal(
            [DetectorNames.Surge, DetectorNames.PretextShift, DetectorNames.DeadlineBreach, DetectorNames.Suppression, DetectorNames.Inconsistency],
            DetectorRegistry.Default.Names);
        Assert.Equal(DetectorRegistry.Default.Names, DetectorRegistry.Default.Detectors.Select(d => d.Name));
        Assert.All(DetectorRegistry.Default.Detectors, d => Assert.False(string.IsNullOrWhiteSpace(d.Description)));
    }

    [Fact]
    public void With_refuses_a_name_already_registered_and_Replace_or_Without_one_not_registered()
    {
        Assert.Throws<ArgumentException>(() => DetectorRegistry.Default.With(new SurgeDetector()));
        Assert.Throws<ArgumentException>(() => DetectorRegistry.Empty.Replace(new SurgeDetector()));
        Assert.Throws<ArgumentException>(() => DetectorRegistry.Default.Without("surges"));
    }

    [Fact]
    public void Replace_keeps_the_place_and_runs_the_new_options()
    {
        var strict = new SurgeDetector(SurgeOptions.Default with { Score = (99, 99, 99) });
        DetectorRegistry replaced = DetectorRegistry.Default.Replace(strict);

        Assert.Equal(DetectorRegistry.Default.Names, replaced.Names);
        Assert.True(replaced.TryGet(DetectorNames.Surge, out IDetector? surge));
        Assert.Same(strict, surge);
        Assert.Contains(Scan(DetectorRegistry.Default), f => f.Detector == DetectorNames.Surge);
        Assert.DoesNotContain(Scan(replaced), f => f.Detector == DetectorNames.Surge);
    }

    [Fact]
    public void Without_leaves_a_detector_out_of_the_scan_and_the_rest_unchanged()
    {
        DetectorRegistry without = DetectorRegistry.Default.Without(DetectorNames.Suppression);

        Assert.False(without.TryGet(DetectorNames.Suppression, out _));
        Assert.Equal(
            Scan(DetectorRegistry.Default).Where(f => f.Detector != DetectorNames.Suppression).Select(f => f.Id),
            Scan(without).Select(f => f.Id));
    }

    [Fact]
    public void Each_built_in_finding_says_how_its_chart_marks_it_and_carries_the_facts_it_was_worded_from()
    {
        IReadOnlyList<Finding> findings = Scan(DetectorRegistry.Default);
        var expected = new Dictionary<string, FindingMark>
        {
            [DetectorNames.Surge] = FindingMark.Period,
            [DetectorNames.PretextShift] = FindingMark.Period,
            [DetectorNames.DeadlineBreach] = FindingMark.Deadlines,
            [DetectorNames.Suppression] = FindingMark.MissingSpan,
            [DetectorNames.Inconsistency] = FindingMark.PublishedAgainstSum,
        };

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), findings.Select(f => f.Detector).Distinct().Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(expected[f.Detector], f.Mark));
        Assert.All(findings, f => Assert.Equal(f.Explanation, FindingWording.Explain(f.Facts!, DatasetConventions.Default)));
    }
}
