using System.Globalization;
using System.Text;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;

namespace Flowwatch.Reports;

/// <summary>Findings as Markdown: grouped by severity, each with its sentence, rules, evidence table and events.</summary>
public static class FindingsMarkdown
{
    /// <summary>The findings as a Markdown document.</summary>
    /// <param name="findings">The findings, most severe first.</param>
    /// <param name="chartFor">The relative path of a finding's chart image, if there is one.</param>
    /// <param name="dataFor">The relative path of the CSV behind a finding's chart, if there is one.</param>
    public static string Write(IReadOnlyList<Finding> findings, Func<Finding, string?>? chartFor = null, Func<Finding, string?>? dataFor = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var sb = new StringBuilder();
        sb.AppendLine("# Flowwatch findings").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{findings.Count} findings: {Count(findings, Severity.High)} high, {Count(findings, Severity.Medium)} medium, {Count(findings, Severity.Low)} low.").AppendLine();
        foreach (Severity severity in new[] { Severity.High, Severity.Medium, Severity.Low })
        {
            var group = findings.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            sb.AppendLine(CultureInfo.InvariantCulture, $"## {FindingRows.SeverityCode(severity)} ({group.Count})").AppendLine();
            foreach (Finding f in group)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"### {f.Detector}: {Escape(SeriesNames.Of(f.Key))}, {f.Period} (`{f.Id}`)").AppendLine();
                sb.AppendLine(FindingRows.Labelled(f)).AppendLine();
                if (f.Rules.Count > 0)
                {
                    sb.AppendLine("Bears on: " + string.Join("; ", f.Rules.Select(r => $"[{r.Reference}]({r.SourceUrl}) ({r.Id})"))).AppendLine();
                }

                if (chartFor?.Invoke(f) is { } chart)
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"![chart of {Escape(SeriesNames.Of(f.Key))}]({chart})").AppendLine();
                }

                if (dataFor?.Invoke(f) is { } data)
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"Data behind the chart: [{data}]({data})").AppendLine();
                }

                sb.AppendLine("| series | period | value | flag | source | cited by |");
                sb.AppendLine("| --- | --- | ---: | --- | --- | --- |");
                foreach (Observation o in f.Evidence)
                {
                    EvidenceRef e = FindingRows.Evidence(o);
                    string cites = string.Join(", ", e.Citations.Select(c => $"[{Escape(c.Outlet.Length > 0 ? c.Outlet : c.Id.Length > 0 ? c.Id : "link")}]({c.Url})"));
                    sb.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(SeriesNames.Of(o.Key))} | {e.Period} | {o.Value.ToString("N0", CultureInfo.InvariantCulture)} | {(e.Flag == "as_published" ? "" : e.Flag)} | {Escape(e.Source)} | {cites} |");
                }

                sb.AppendLine();
                if (f.Events.Count > 0)
                {
                    sb.AppendLine("Context:");
                    foreach (ContextEvent ev in f.Events)
                    {
                        sb.AppendLine(CultureInfo.InvariantCulture, $"- {ev.Date:yyyy-MM-dd}: [{Escape(ev.Title)}]({ev.SourceUrl})");
                    }

                    sb.AppendLine();
                }
            }
        }

        return sb.ToString();
    }

    private static int Count(IReadOnlyList<Finding> findings, Severity s) => findings.Count(f => f.Severity == s);

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
}
