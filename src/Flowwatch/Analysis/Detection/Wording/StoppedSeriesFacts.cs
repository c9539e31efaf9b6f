using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection.Wording;

/// <summary>What a suppression of a whole series states: it stopped while its publisher went on (<see cref="SuppressionDetector"/>).</summary>
/// <param name="LastPublished">The last figure of the series.</param>
/// <param name="Run">How many consecutive periods it was published up to that one.</param>
/// <param name="FirstMissing">The first period missing.</param>
/// <param name="Frontier">The latest period the same publisher's tables reach.</param>
/// <param name="Missing">How many periods are missing, up to the frontier.</param>
/// <param name="Redrawn">
/// When the table's list of countries was redrawn in <paramref name="FirstMissing"/>: how many other countries' series
/// entered it, and how many left it (this one among them); null otherwise.
/// </param>
public sealed record StoppedSeriesFacts(Observation LastPublished, int Run, Period FirstMissing, Period Frontier, int Missing, (int Entered, int Left)? Redrawn) : FindingFacts;
