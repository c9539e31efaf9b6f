using Flowwatch.Analysis.Detection;
using Flowwatch.Analysis.Detection.Wording;
using Flowwatch.Model;

namespace Flowwatch.Reports;

/// <summary>
/// A series named in words, the countries included: "entries of citizens of North Korea into Russia for study".
/// A table's generic title alone ("Entries of foreign citizens into Russia by purpose") never says whose figures a
/// heading or an evidence row shows; every report names series through this one rule, as the findings' sentences do.
/// </summary>
public static class SeriesNames
{
    /// <summary>What <paramref name="key"/> counts, as a noun phrase without a number.</summary>
    /// <param name="key">The series.</param>
    public static string Of(SeriesKey key) => Words.Counts(key, DatasetConventions.Default);
}
