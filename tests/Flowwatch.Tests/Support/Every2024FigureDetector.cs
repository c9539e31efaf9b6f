using System.Globalization;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;

namespace Flowwatch.Tests.Support;

/// <summary>
/// A detector written in the tests, not in the library: it reports every figure of a 2024 period, in words no built-in
/// detector uses, and sets no chart mark. Flowwatch.Web.Tests compiles this same file.
/// </summary>
public sealed class Every2024FigureDetector : IDetector
{
    public const string DetectorName = "test-every-2024-figure";

    public string Name => DetectorName;

    public string Description => "Every figure of a 2024 period (a detector written in a test).";

    /// <summary>The explanation of its finding on <paramref name="value"/>.</summary>
    public static string Explain(decimal value) => string.Create(CultureInfo.InvariantCulture, $"the test detector saw {value}.");

    public void Detect(SeriesIndex index, FindingContext context, ICollection<Finding> found)
    {
        foreach (SeriesData series in index.Series)
        {
            foreach (Observation o in series.Kinds.SelectMany(k => k.Figures).Where(o => o.Period.Year == 2024))
            {
                found.Add(context.Make(Name, series.Key, o.Period, o.Value, null, 0, Severity.Low, Explain(o.Value), [o]));
            }
        }
    }
}
