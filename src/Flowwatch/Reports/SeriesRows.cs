using System.Globalization;
using Flowwatch.Analysis.Series;
using Flowwatch.Model;

namespace Flowwatch.Reports;

/// <summary>Turns series points into the rows the JSON, CSV and table outputs write.</summary>
public static class SeriesRows
{
    /// <summary>The flag's output code: <c>as_published</c> where the model has none.</summary>
    public static string FlagCode(ObservationFlag flag) => flag == ObservationFlag.AsPublished ? "as_published" : flag.ToCode();

    /// <summary>A row per point.</summary>
    public static IReadOnlyList<SeriesRow> From(IEnumerable<SeriesPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Select(p => new SeriesRow
        {
            Dataset = p.Key.Dataset.Id,
            Unit = DatasetCatalog.Bundled.TryGet(p.Key.Dataset, out DatasetInfo info) ? info.Unit : "",
            Reporter = p.Key.Reporter.Code,
            Partner = p.Key.Partner.Code,
            Breakdown = p.Key.Breakdown.Code,
            Period = p.Period.ToString(),
            Value = p.Value,
            Flag = FlagCode(p.Flag),
            Disputed = p.IsDisputed,
            Sources = p.Basis.Select(Ref).ToList(),
            Disagreements = DisagreementNote.Of(p).Select(n => n.Text).ToList(),
        }).ToList();
    }

    /// <summary>The origin of one observation.</summary>
    public static SourceRef Ref(Observation o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new SourceRef
        {
            Period = o.Period.ToString(),
            Value = o.Value,
            File = o.Provenance.Document.FileName,
            Sha256 = o.Provenance.Document.Sha256,
            Locator = o.Provenance.Locator.ToString(),
            Note = o.Note,
            // The file's publisher for this figure (the dataset's publisher as the reports quote it, a
            // publisher column, or the file's own author), never the dataset's by default.
            Publisher = o.Provenance.Document.Publisher,
            Citations = o.Provenance.Citations.Select(c => new CitationRef { Id = c.Id, Outlet = c.Outlet, Date = c.Date, Url = c.Url }).ToList(),
            Witnesses = o.Witnesses.Select(Witness).ToList(),
            Revisions = o.Superseded.Select(Witness).ToList(),
            Synthetic = o.IsSynthetic,
        };
    }

    /// <summary>One witness as outputs write it.</summary>
    public static WitnessRef Witness(Witness w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new WitnessRef
        {
            Value = w.Value,
            Flag = FlagCode(w.Flag),
            File = w.Provenance.Document.FileName,
            Sha256 = w.Provenance.Document.Sha256,
            Locator = w.Provenance.Locator.ToString(),
            Published = w.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Synthetic = w.IsSynthetic,
            Citations = w.Provenance.Citations.Select(c => c.Id.Length > 0 ? c.Id : c.Url).ToList(),
        };
    }

    /// <summary>The rows as CSV (RFC 4180), one line per row; sources as citation ids and URLs.</summary>
    public static string ToCsv(IEnumerable<SeriesRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvWriter("dataset", "reporter", "partner", "breakdown", "period", "value", "flag", "disputed", "sources", "urls");
        foreach (SeriesRow r in rows)
        {
            string ids = string.Join(' ', r.Sources.SelectMany(s => s.Citations).Select(c => c.Id).Where(i => i.Length > 0).Distinct());
            string urls = string.Join(' ', r.Sources.SelectMany(s => s.Citations).Select(c => c.Url).Where(u => u.Length > 0).Distinct());
            csv.Text(r.Dataset).Text(r.Reporter).Text(r.Partner).Text(r.Breakdown).Text(r.Period).Number(r.Value).Text(r.Flag).Text(r.Disputed ? "yes" : "")
                .Text(ids).Text(urls).EndRow();
        }

        return csv.ToString();
    }
}
