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
        };
    }

    /// <summary><c>person</c> or <c>entity</c>.</summary>
    public static string TypeName(PartyKind kind) => kind == PartyKind.Person ? "person" : "entity";
}
