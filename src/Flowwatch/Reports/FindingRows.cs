using System.Globalization;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;

namespace Flowwatch.Reports;

/// <summary>Turns findings into the rows the outputs write.</summary>
public static class FindingRows
{
    /// <summary>The lower-case name of a severity.</summary>
    public static string SeverityCode(Severity severity) => severity switch
    {
        Severity.High => "high",
        Severity.Medium => "medium",
        _ => "low",
    };

    /// <summary>A row per finding.</summary>
    public static IReadOnlyList<FindingRow> From(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return findings.Select(f => new FindingRow
        {
            Id = f.Id,
            Detector = f.Detector,
            Dataset = f.Key.Dataset.Id,
            Reporter = f.Key.Reporter.Code,
            Partner = f.Key.Partner.Code,
            Breakdown = f.Key.Breakdown.Code,
            Period = f.Period.ToString(),
            Observed = f.Observed,
            Baseline = f.Baseline,
            Ratio = f.Ratio is { } r ? Math.Round(r, 3) : null,
            Score = Math.Round(f.Score, 3),
            Severity = SeverityCode(f.Severity),
            Rules = f.Rules.Select(r => r.Id).ToList(),
            Explanation = Labelled(f),
            Approximate = f.RestsOnApproximateFigures,
            Evidence = f.Evidence.Select(Evidence).ToList(),
            Events = f.Events.Select(e => new EventRef
            {
                Date = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Title = e.Title,
                Kind = e.Kind,
                Url = e.SourceUrl,
            }).ToList(),
        }).ToList();
    }

    /// <summary>The finding's explanation, marked <c>[synthetic data]</c> when any figure it rests on is synthetic.</summary>
    public static string Labelled(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f.Evidence.Any(o => o.IsSynthetic) ? "[synthetic data] " + f.Explanation : f.Explanation;
    }

    /// <summary>One figure as evidence.</summary>
    public static EvidenceRef Evidence(Observation o)
    {
        ArgumentNullException.ThrowIfNull(o);
        // Every file that states the figure, in order of publication; synthetic ones say so.
        string source = string.Join("; ", o.Witnesses.Select(w =>
        {
            string locator = w.Provenance.Locator.ToString();
            string file = (w.Provenance.Document?.FileName ?? "") + (w.IsSynthetic ? " (synthetic)" : "");
            return locator.Length > 0 ? $"{file}, {locator}" : file;
        }));
        return new EvidenceRef
        {
            Dataset = o.Key.Dataset.Id,
            Breakdown = o.Key.Breakdown.Code,
            Period = o.Period.ToString(),
            Value = o.Value,
            Flag = SeriesRows.FlagCode(o.Flag),
            Source = source,
            Citations = o.Provenance.Citations.Select(c => new CitationRef { Id = c.Id, Outlet = c.Outlet, Date = c.Date, Url = c.Url }).ToList(),
            Witnesses = o.Witnesses.Select(SeriesRows.Witness).ToList(),
            Synthetic = o.IsSynthetic,
        };
    }
}
