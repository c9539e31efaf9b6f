using System.Globalization;
using System.Net;
using System.Text;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;

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

        var sb = new StringBuilder("<section class=\"designated\"><h2>Designated names</h2><ul>\n");
        foreach (DesignatedNameRow r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"<li><mark class=\"designated\">{E(r.Text)}</mark> → <a href=\"/sanctions/{E(r.Reference)}\">{E(r.Reference)}</a> {E(r.Name)} ({E(Regime(r.Regime))}, listed {E(r.ListedOn ?? "?")}; rule {E(r.Rule)}, score {r.Score:0.00}): {E(r.Reason)} <small>{E(r.Explanation)}</small></li>\n");
        }

        return sb.Append("</ul></section>\n").ToString();
    }

    /// <summary>The regime for people: <c>DPRK</c> is the Security Council's 1718 Committee.</summary>
    public static string Regime(string regime) => regime == DesignatedParty.DprkRegime ? "UN 1718 Committee (DPRK)" : "UN regime " + regime;

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
