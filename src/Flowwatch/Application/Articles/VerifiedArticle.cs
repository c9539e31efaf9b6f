using System.Globalization;
using Flowwatch.Analysis.Claims;
using Flowwatch.Analysis.Releases;
using Flowwatch.Reports;
using Flowwatch.Reports.Sanctions;

namespace Flowwatch.Application.Articles;

/// <summary>An article checked: its claims with their verdicts, the figures they were checked against, later releases, designated names.</summary>
/// <param name="Check">The claims and their verdicts.</param>
/// <param name="LaterReleases">Where a release after the article's date changed a figure a verdict rests on.</param>
/// <param name="DesignatedNames">The designated names the article mentions; null when it was not screened.</param>
public sealed record VerifiedArticle(ArticleCheck Check, IReadOnlyList<ReleaseNote> LaterReleases, IReadOnlyList<DesignatedNameRow>? DesignatedNames)
{
    /// <summary>Which figures the claims were checked against, as a sentence every output prints.</summary>
    public string Basis => Check.Published is { } day
        ? string.Create(CultureInfo.InvariantCulture, $"Checked against the figures published by {day:yyyy-MM-dd}, the article's date.")
        : "The article's date is not known (no date in its front matter, none given): checked against the latest figures.";

    /// <summary>Each later release's note, numbered by the claim it bears on (1-based), as every output prints it.</summary>
    public IReadOnlyList<string> LaterReleaseLines => [.. LaterReleases.Select(n => string.Create(CultureInfo.InvariantCulture, $"Claim {n.Claim + 1}: {n.Describe()}"))];

    /// <summary>How many claims past the bound were found and not checked, as the sentence every output prints; null when none was.</summary>
    public string? LeftOutNote => Check.LeftOutNote;

    /// <summary>The claims contract (<c>verify --format json</c>, <c>POST /api/verify</c>), designated names included.</summary>
    public ClaimReport Report() => ClaimReports.ToReport(Check) with { DesignatedNames = DesignatedNames };
}
