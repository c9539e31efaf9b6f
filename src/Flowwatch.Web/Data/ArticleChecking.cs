using System.Globalization;
using Flowwatch.Analysis.Claims;
using Flowwatch.Analysis.Releases;
using Flowwatch.Reports;
using Flowwatch.Store;

namespace Flowwatch.Web.Data;

/// <summary>The bridge to the claim checker: the article in, the claims contract and its rows out.</summary>
internal static class ArticleChecking
{
    /// <summary>
    /// Checks the article against the figures published by its date (the latest when its date is unknown);
    /// input the checker refuses (it says why) comes back as a problem, not an exception.
    /// </summary>
    public static bool TryCheck(ArticleInput input, StoreView store, out CheckedArticle? result, out string? problem, SanctionsView? sanctions = null)
    {
        result = null;
        problem = null;
        StoreSnapshot snapshot = store.Snapshot;
        ArticleCheck check;
        IReadOnlyList<ReleaseNote> notes;
        DateOnly? appeared = input.Published ?? ArticleText.Parse(input.Text).Published;
        try
        {
            FiguresAtPublication? atPublication = appeared is { } day
                ? FiguresAtPublication.Select(store.AsOf(ObservationQuery.All with { AsOf = day }), snapshot.Current, day)
                : null;
            ClaimVerifier verifier = atPublication is not null ? new ClaimVerifier(atPublication.Figures, references: StoreSnapshot.References) : snapshot.Verifier;
            check = ArticleChecker.Check(input.Text, verifier, input.Published, input.Language);
            check = atPublication?.Guard(check) ?? check;
            notes = LaterReleases.Notes(check, snapshot.Current);
        }
        catch (ArgumentException e)
        {
            problem = e.Message.Split(" (Parameter", StringSplitOptions.None)[0];
            return false;
        }

        string basis = check.Published is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"Checked against the figures published by {d:yyyy-MM-dd}, the article's date.")
            : "The article's date is not known: checked against the latest figures.";
        ClaimReport report = ClaimReports.ToReport(check);
        if (sanctions is not null)
        {
            // Designated names (issue 13) ride along as their own field of the same contract.
            report = report with { DesignatedNames = sanctions.Rows(sanctions.Screening.MarkNames(input.Text)) };
        }

        result = new CheckedArticle(System.Text.Json.JsonSerializer.Serialize(report, ClaimJsonContext.Readable.ClaimReport), report)
        {
            ReleaseNotes = [basis, .. notes.Select(n => $"Claim {n.Claim + 1}: {n.Describe()}")],
        };
        return true;
    }
}
