using Flowwatch.Model;

namespace Flowwatch.Sources;

/// <summary>What a dataset's breakdown column holds, told from its id by convention.</summary>
public static class DatasetKinds
{
    /// <summary>
    /// Whether the dataset breaks figures down by purpose, so that its categories must be purposes:
    /// ids ending in <c>-by-purpose</c> and Eurostat's residence permits by reason.
    /// </summary>
    public static bool IsByPurpose(DatasetId dataset) =>
        dataset.Id.EndsWith("-by-purpose", StringComparison.Ordinal) || dataset.Id.StartsWith("eurostat-migr-resfirst", StringComparison.Ordinal);
}
