using Flowwatch.Model;
using Flowwatch.Reports.Html;
using Flowwatch.Store;
using Flowwatch.Web.Data;

namespace Flowwatch.Web.Pages;

/// <summary>The front page: the findings, the headline series, the datasets and what the latest release changed.</summary>
internal static class OverviewPage
{
    public static string Render(StoreSnapshot snapshot, ReleaseMarks marks)
    {
        var html = new SafeHtmlWriter();
        html.Add($"""
            <h1>Overview</h1>
            <p class="lead">Official migration statistics with their citations, the patterns sanctions monitors look for, and a checker for the figures the press repeats.</p>
            """);
        if (snapshot.Sources.Count == 0)
        {
            html.Add($"""<p class="notice">The store is empty, and the server only reads it. Load the bundled figures with <code>flowwatch demo</code>, or files with <code>flowwatch ingest PATH</code>; they appear here within seconds.</p>""");
        }

        SeriesChoice? headline = SeriesChoice.From(snapshot, null, null, null, "quarter", "lines");
        if (headline is not null)
        {
            html.Add($"""
                <section>
                <div class="section-head"><h2>{Format.DatasetTitle(headline.Dataset)}: {Format.CountryName(headline.Partner)} → {Format.CountryName(headline.Reporter)}, by quarter</h2>
                <p class="downloads"><a href="/series?{headline.PageQuery("quarter", "lines")}">Open the series</a> · <a href="/series?{headline.PageQuery("year", "stacked")}">by year, stacked</a></p></div>
                """);
            html.Trusted(ChartBlock.Render(headline));
            html.Add($"</section>");
        }

        html.Trusted(FindingsSection.Render(snapshot, marks));
        html.Trusted(Datasets(snapshot));
        html.Trusted(Changes(snapshot));
        return Layout.Render("Overview", "overview", html.ToTrusted(), "/assets/lib/chartjs/chart.umd.min.js", "/assets/lib/chartjs-plugin-annotation/chartjs-plugin-annotation.min.js", "/assets/js/chart-series.js");
    }

    private static TrustedHtml Datasets(StoreSnapshot snapshot)
    {
        var html = new SafeHtmlWriter();
        html.Add($"""
            <section><h2>Series in the store</h2>
            <div class="table-wrap"><table><thead><tr><th>Dataset</th><th>Reporter → partner</th><th>Categories</th><th>Periods</th><th class="num">Figures</th><th>Last published</th><th>Ingested</th></tr></thead><tbody>
            """);
        foreach (IGrouping<(DatasetId Dataset, Country Reporter, Country Partner), Observation> group in snapshot.Current
                     .GroupBy(o => (o.Key.Dataset, o.Key.Reporter, o.Key.Partner))
                     .OrderByDescending(g => g.Count()))
        {
            Observation[] figures = [.. group];
            Period first = figures.Min(o => o.Period);
            Period last = figures.Max(o => o.Period);
            string published = LastPublished(figures);
            string ingested = IngestedAt(snapshot, figures);
            string query = $"partner={group.Key.Partner.Code}&reporter={group.Key.Reporter.Code}&dataset={group.Key.Dataset.Id}";
            string categories = string.Join(", ", figures.Select(o => o.Key.Breakdown.Code).Distinct().Order(StringComparer.Ordinal));
            html.Add($"""
                <tr><td><a href="/series?{query}">{Format.DatasetTitle(group.Key.Dataset)}</a><br><code class="small">{group.Key.Dataset.Id}</code></td>
                <td>{group.Key.Reporter.Code} → {group.Key.Partner.Code}</td><td class="small">{categories}</td>
                <td>{first.ToString()} … {last.ToString()}</td><td class="num">{figures.Length}</td><td>{published}</td><td>{ingested}</td></tr>
                """);
        }

        html.Add($"</tbody></table></div></section>");
        return html.ToTrusted();
    }

    /// <summary>The latest date a publisher or the press that reported it put on these figures.</summary>
    private static string LastPublished(IEnumerable<Observation> figures)
    {
        string? latest = figures
            .SelectMany(o => o.Provenance.Citations.Select(c => c.Date).Append(o.Provenance.Document.ReleaseDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""))
            .Where(d => d.Length == 10 && char.IsAsciiDigit(d[0]) && DateOnly.TryParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            .Max(StringComparer.Ordinal);
        return latest ?? "undated";
    }

    private static string IngestedAt(StoreSnapshot snapshot, IEnumerable<Observation> figures)
    {
        var hashes = figures.Select(o => o.Provenance.Document.Sha256).ToHashSet(StringComparer.Ordinal);
        DateTimeOffset? at = snapshot.Sources.Where(s => hashes.Contains(s.Document.Sha256)).Select(s => (DateTimeOffset?)s.IngestedAt).Max();
        return at is { } t ? Format.Date(t) : "—";
    }

    /// <summary>What the newest ingested file changed: figures it revised and figures it added.</summary>
    private static TrustedHtml Changes(StoreSnapshot snapshot)
    {
        var html = new SafeHtmlWriter();
        html.Add($"<section><h2>What changed since the previous release</h2>");
        // Synthetic test files stay out of the overview, as their figures do.
        var real = snapshot.Sources.Where(s => !s.Document.Synthetic).ToList();
        SourceRecord? newest = real.OrderByDescending(s => s.IngestedAt).FirstOrDefault();
        if (newest is null)
        {
            html.Add($"<p>Nothing ingested yet.</p></section>");
            return html.ToTrusted();
        }

        var revisions = snapshot.History
            .GroupBy(o => (o.Key, o.Period))
            .Where(g => g.Any(o => o.Provenance.Document.Sha256 == newest.Document.Sha256))
            .Select(g => (g.Key.Key, g.Key.Period, Versions: g.ToList()))
            .ToList();
        // A file that states a figure the store had, with the same value, is one more witness, not a revision.
        var revised = revisions.Where(r => r.Versions.Select(v => v.Value).Distinct().Count() > 1).ToList();
        int added = revisions.Count(r => r.Versions.Count == 1);
        html.Add($"""<p>The newest file is <strong>{newest.Document.FileName}</strong>, ingested {Format.Date(newest.IngestedAt)}: {Format.Count(added, "new figure")}, {Format.Count(revised.Count, "revised figure")}.</p>""");
        if (real.Count < 2)
        {
            html.Add($"""<p class="muted">Only one release is in the store, so there is nothing earlier to compare with. Ingest a newer release (<code>flowwatch ingest FILE</code>) and its revisions show here.</p>""");
        }

        if (revised.Count > 0)
        {
            html.Add($"""<div class="table-wrap"><table><thead><tr><th>Series</th><th>Period</th><th class="num">Before</th><th class="num">Now</th></tr></thead><tbody>""");
            foreach ((SeriesKey key, Period period, List<Observation> versions) in revised.Take(50))
            {
                Observation now = versions.First(o => o.Provenance.Document.Sha256 == newest.Document.Sha256);
                Observation before = versions.Last(o => o.Value != now.Value);
                html.Add($"""<tr><td>{key.ToString()}</td><td>{period.ToString()}</td><td class="num">{Format.Number(before.Value)}</td><td class="num">{Format.Number(now.Value)}</td></tr>""");
            }

            html.Add($"</tbody></table></div>");
        }

        html.Add($"</section>");
        return html.ToTrusted();
    }
}
