using System.Globalization;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Releases;

/// <summary>A figure a claim was checked against that a release after the article's date states differently.</summary>
/// <param name="Claim">The claim's index in the article (0-based).</param>
/// <param name="Key">The series.</param>
/// <param name="Period">The period.</param>
/// <param name="Then">The value published when the article appeared.</param>
/// <param name="Now">The value the latest release states.</param>
/// <param name="RevisedOn">When the later value was published, where known.</param>
public sealed record ReleaseNote(int Claim, SeriesKey Key, Period Period, decimal Then, decimal Now, DateOnly? RevisedOn)
{
    /// <summary>"When this article appeared, the published figure was 3,765; a later release (2025-02-04) says 3,770."</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Detection.Wording.Words.Capital(Detection.Wording.Words.Counts(Key, Detection.DatasetConventions.Default))}, {Period}: when this article appeared, the published figure was {Then:#,0.##}; a later release{(RevisedOn is { } d ? $" ({d:yyyy-MM-dd})" : "")} says {Now:#,0.##}.");
}
