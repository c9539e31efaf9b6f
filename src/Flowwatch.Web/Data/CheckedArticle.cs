using Flowwatch.Reports;

namespace Flowwatch.Web.Data;

/// <summary>The outcome of checking an article: the claims contract as JSON, and the same report for the page.</summary>
internal sealed record CheckedArticle(string Json, ClaimReport Report)
{
    /// <summary>Which figures the article was checked against, and where a later release changed one of them.</summary>
    public IReadOnlyList<string> ReleaseNotes { get; init; } = [];

    /// <summary>How many claims past the bound were found and not checked, as a sentence; null when none was.</summary>
    public string? LeftOutNote { get; init; }
}
