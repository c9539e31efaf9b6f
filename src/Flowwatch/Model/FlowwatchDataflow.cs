namespace Flowwatch.Model;

/// <summary>
/// Flowwatch's own statistical dataflow: what <c>series --format sdmx-csv|jsonstat</c> and <c>/api/series</c> write and
/// Flowwatch's readers read back (docs/formats.md). One observation per figure, identified by five dimensions; its value
/// and a flag. The dimension values are Flowwatch's own codes: a dataset id of <c>data/datasets.csv</c>, ISO 3166-1
/// alpha-2 countries, a breakdown code, a period.
/// </summary>
public static class FlowwatchDataflow
{
    /// <summary>The maintenance agency.</summary>
    public const string Agency = "FLOWWATCH";

    /// <summary>The dataflow's id.</summary>
    public const string Id = "DF_FIGURES";

    /// <summary>The dataflow's version (SDMX 3.0 semantic versioning): a reader reads every 1.x.</summary>
    public const string Version = "1.0.0";

    /// <summary>The SDMX reference, <c>FLOWWATCH:DF_FIGURES(1.0.0)</c>: SDMX-CSV's <c>STRUCTURE_ID</c>.</summary>
    public const string Reference = Agency + ":" + Id + "(" + Version + ")";

    /// <summary>What a reference to any 1.x version of the dataflow begins with.</summary>
    public const string ReferencePrefix = Agency + ":" + Id + "(1.";

    /// <summary>The dimensions in their order, as SDMX-CSV names its columns.</summary>
    public static IReadOnlyList<string> Dimensions { get; } = ["DATASET", "REPORTER", "PARTNER", "BREAKDOWN", "TIME_PERIOD"];

    /// <summary>The measure: the figure.</summary>
    public const string Measure = "OBS_VALUE";

    /// <summary>The attribute that says how far the figure can be taken at its word: empty, approximate, lower_bound or derived.</summary>
    public const string FlagAttribute = "OBS_FLAG";

    /// <summary>The attribute naming the unit (persons, permits, ...), from the dataset catalogue; informative, not read back.</summary>
    public const string UnitAttribute = "UNIT_MEASURE";

    /// <summary>
    /// The media type SDMX-CSV 2.0 is asked for by (SDMX REST content negotiation); the server answers with it.
    /// </summary>
    public const string SdmxCsvMediaType = "application/vnd.sdmx.data+csv; version=2.0.0";

    /// <summary>The media type of JSON-stat.</summary>
    public const string JsonStatMediaType = "application/json";

    /// <summary>JSON-stat dimension ids, in the order of <see cref="Dimensions"/> (<c>time</c> has the role time).</summary>
    public static IReadOnlyList<string> JsonStatDimensions { get; } = ["dataset", "reporter", "partner", "breakdown", "time"];
}
