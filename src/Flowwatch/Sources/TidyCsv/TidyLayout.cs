using Flowwatch.Model;

namespace Flowwatch.Sources.TidyCsv;

/// <summary>
/// The column names and period form of a file of one figure a row: the Flowwatch tidy CSV, or Flowwatch's own dataflow
/// as SDMX-CSV 2.0 (<see cref="FlowwatchDataflow"/>), which <see cref="TidyCsvReader"/> reads by the same rules.
/// </summary>
/// <param name="Format">The format's name in the store.</param>
/// <param name="Dataset">The dataset id's column.</param>
/// <param name="Reporter">The reporter's column.</param>
/// <param name="Partner">The partner's column.</param>
/// <param name="Breakdown">The breakdown's column.</param>
/// <param name="Period">The period's column.</param>
/// <param name="Value">The value's column.</param>
/// <param name="Flag">The flag's column (optional in a file).</param>
internal sealed record TidyLayout(string Format, string Dataset, string Reporter, string Partner, string Breakdown, string Period, string Value, string Flag)
{
    /// <summary>The Flowwatch tidy CSV (docs/formats.md): periods as Flowwatch writes them.</summary>
    public static TidyLayout Tidy { get; } = new("tidy-csv", "dataset", "reporter", "partner", "breakdown", "period", "value", "flag");

    /// <summary>Flowwatch's dataflow as SDMX-CSV 2.0: its columns, SDMX periods, every row's structure checked.</summary>
    public static TidyLayout SdmxCsv { get; } = new(
        "flowwatch-sdmx-csv",
        FlowwatchDataflow.Dimensions[0],
        FlowwatchDataflow.Dimensions[1],
        FlowwatchDataflow.Dimensions[2],
        FlowwatchDataflow.Dimensions[3],
        FlowwatchDataflow.Dimensions[4],
        FlowwatchDataflow.Measure,
        FlowwatchDataflow.FlagAttribute)
    {
        IsSdmx = true,
    };

    /// <summary>Whether rows carry SDMX-CSV's STRUCTURE, STRUCTURE_ID and ACTION, checked on every row.</summary>
    public bool IsSdmx { get; init; }

    /// <summary>The columns a file must have.</summary>
    public IReadOnlyList<string> Required => IsSdmx
        ? ["STRUCTURE", "STRUCTURE_ID", Dataset, Reporter, Partner, Breakdown, Period, Value]
        : [Dataset, Reporter, Partner, Breakdown, Period, Value];

    /// <summary>Reads a period cell.</summary>
    public bool TryPeriod(ReadOnlySpan<char> text, out Period period) =>
        IsSdmx ? SdmxPeriods.TryParse(text, out period) : Model.Period.TryParse(text, out period);

    /// <summary>What a period cell should look like, for the error message.</summary>
    public string PeriodExpected => IsSdmx
        ? "an SDMX period such as 2024, 2024-S1, 2024-Q3, 2024-07 or 2024-01-01/P8M"
        : "a period such as 2024, 2024-H1, 2024-Q3 or 2024-07";
}
