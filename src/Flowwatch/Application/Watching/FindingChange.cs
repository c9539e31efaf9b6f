using Flowwatch.Analysis.Detection;
using Flowwatch.Store;

namespace Flowwatch.Application.Watching;

/// <summary>One finding that changed between two scans.</summary>
/// <param name="Kind">How it changed.</param>
/// <param name="Id">The finding's stable id.</param>
/// <param name="Current">The finding now; null when it was resolved.</param>
/// <param name="Previous">The finding as the previous scan stored it; null when it is new.</param>
/// <param name="Now">The finding as the new scan stores it; null when it was resolved.</param>
public sealed record FindingChange(ChangeKind Kind, string Id, Finding? Current, WatchedFinding? Previous, WatchedFinding? Now);
