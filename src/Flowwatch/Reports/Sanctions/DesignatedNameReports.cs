using System.Globalization;
using System.Text;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Reports.Html;

namespace Flowwatch.Reports.Sanctions;

/// <summary>Designated names found in an article, as contract rows, Markdown and HTML.</summary>
public static class DesignatedNameReports
{
    /// <summary>The marks as rows of the verify report's <c>designated_names</c>.</summary>
    public static IReadOnlyList<DesignatedNameRow> Rows(IReadOnlyList<DesignatedNameMark> marks, SanctionsList list)
    {
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(list);
        string version = string.Create(CultureInfo.InvariantCulture, $"UN Security Council consolidated list generated {list.Generated:yyyy-MM-ddTHH:mm:ssZ}, sha256 {list.Document.Sha256}");
        return marks.Select(m => new DesignatedNameRow
        {
            Start = m.Start,
            End = m.End,
            Text = m.Text,
            Reference = m.Match.Party.Reference,
            Name = m.Match.Party.Name,
            MatchedName = m.Match.MatchedName.Text,
            Regime = m.Match.Party.Regime,
            ListedOn = m.Match.Party.ListedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Reason = m.Match.Party.Reason,
            Score = m.Match.Score,
            Rule = m.Match.Rule,
            Explanation = m.Match.Explanation,
            List = version,
        }).ToList();
    }

    /// <summary>A Markdown section listing the marks (empty text when there are none).</summary>
    public static string ToMarkdown(IReadOnlyList<DesignatedNameRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return "";
        }

        var sb = new StringBuilder("\n## Designated names\n\n");
        foreach (DesignatedNameRow r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- **{r.Text}** → {r.Reference} {r.Name} ({Regime(r.Regime)}, listed {r.ListedOn ?? "?"}; rule {r.Rule}, score {r.Score:0.00}). {r.Reason}\n");
        }

        return sb.ToString();
    }

    /// <summary>An HTML section listing the marks, every piece of text encoded (empty when there are none).</summary>
    public static string ToHtml(IReadOnlyList<DesignatedNameRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return "";
        }

        var w = new SafeHtmlWriter();
        w.Open("section").Attribute("class", "designated").Element("h2", "Designated names").Open("ul").Newline();
        foreach (DesignatedNameRow r in rows)
        {
            w.Open("li").Open("mark").Attribute("class", "designated").Text(r.Text).Close().Text(" → ")
                .Link("/sanctions/" + Uri.EscapeDataString(r.Reference), r.Reference)
                .Text(string.Create(CultureInfo.InvariantCulture, $" {r.Name} ({Regime(r.Regime)}, listed {r.ListedOn ?? "?"}; rule {r.Rule}, score {r.Score:0.00}): {r.Reason} "))
                .Element("small", r.Explanation).Close().Newline();
        }

        return w.Close().Close().Newline().ToString();
    }

    /// <summary>The regime for people: <c>DPRK</c> is the Security Council's 1718 Committee.</summary>
    public static string Regime(string regime) => regime == DesignatedParty.DprkRegime ? "UN 1718 Committee (DPRK)" : "UN regime " + regime;
}
