using Flowwatch.Analysis.Detection;
using Flowwatch.Store;

namespace Flowwatch.Application.Watching;

/// <summary>What a <see cref="ReleaseWatcher"/> watches and how.</summary>
public sealed record WatchOptions
{
    /// <summary>The folders whose data files are ingested as they land.</summary>
    public required IReadOnlyList<string> Folders { get; init; }

    /// <summary>The rules, events and capacities the detectors use.</summary>
    public required DetectionContext Context { get; init; }

    /// <summary>The detectors each scan runs: those of `flowwatch scan` and the web (<see cref="DetectorSuite.Default"/>) unless replaced.</summary>
    public DetectorSuite Detectors { get; init; } = DetectorSuite.Default;

    /// <summary>The dashboard's base address, for the link in each alert.</summary>
    public required Uri Site { get; init; }

    /// <summary>The channels each alert must be delivered on.</summary>
    public IReadOnlyList<AlertChannel> Channels { get; init; } = [AlertChannel.Stdout];

    /// <summary>How long a file must stay unchanged before it is read.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether synthetic files count (tests and demos); real monitoring leaves them out.</summary>
    public bool IncludeSynthetic { get; init; }
}
