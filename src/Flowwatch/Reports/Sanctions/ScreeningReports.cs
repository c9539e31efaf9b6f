using System.Text.Json;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Reports.Sanctions;

/// <summary>Writes screening results in the JSON contract.</summary>
public static class ScreeningReports
{
    /// <summary>The report for one query.</summary>
    public static ScreeningReport ToReport(string query, IReadOnlyList<ScreeningMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return new ScreeningReport { Query = query, Matches = matches.Select(Row).ToList() };
    }

    /// <summary>The report as indented JSON (<c>--format json</c>) or one line (<c>--format jsonl</c>).</summary>
    public static string ToJson(ScreeningReport report, bool oneLine) =>
        JsonSerializer.Serialize(report, (oneLine ? ScreeningJsonContext.Line : ScreeningJsonContext.Indented).ScreeningReport);

    /// <summary>One match as a contract row.</summary>
    public static ScreeningMatchRow Row(ScreeningMatch m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new ScreeningMatchRow
        {
            Reference = m.Party.Reference,
            Name = m.Party.Name,
            MatchedName = m.MatchedName.Text,
            Type = TypeName(m.Party.Kind),
            Score = m.Score,
            Alert = m.Alert,
            Explanation = m.Explanation,
            CommonName = m.CommonName,
            List = m.List is { } list ? ListName(list) : null,
        };
    }

    /// <summary>A list version for people: publisher, list and version (<c>UN Security Council consolidated list generated 2024-09-26, SHA-256 c6ca69960536…</c>).</summary>
    public static string ListName(SanctionsList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{list.Document.Publisher} {ListTitle(list)} generated {list.Generated:yyyy-MM-dd}, SHA-256 {list.Document.Sha256[..Math.Min(12, list.Document.Sha256.Length)]}…");
    }

    private static string ListTitle(SanctionsList list) => list.Document.Publisher switch
    {
        SanctionsList.UnPublisher => "consolidated list",
        SanctionsList.OfacPublisher => "SDN list",
        SanctionsList.EuPublisher => "consolidated financial sanctions list",
        _ => "list",
    };

    /// <summary>
    /// What an answer without an alert says: the lists and versions screened and that nothing scored at or above the
    /// alert threshold, never that the name is clear (a list can be late, a spelling beyond the rules).
    /// </summary>
    public static string NoAlert(string query, IReadOnlyList<SanctionsList> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{query}: nothing scored at or above the alert threshold {Screener.AlertThreshold:0.00} on {string.Join("; ", lists.Select(ListName))}. This says only that no listed name came that close under the matching rules; it is not a clearance.");
    }

    /// <summary><c>person</c>, <c>entity</c> or <c>vessel</c>.</summary>
    public static string TypeName(PartyKind kind) => kind switch
    {
        PartyKind.Person => "person",
        PartyKind.Vessel => "vessel",
        _ => "entity",
    };
}
