using Flowwatch.Analysis.Claims;
using Flowwatch.Analysis.Releases;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model;
using Flowwatch.Reports.Sanctions;

namespace Flowwatch.Application.Articles;

/// <summary>
/// The check-article use case behind <c>flowwatch verify</c>, <c>POST /api/verify</c> and the check page: an article
/// is checked against the figures published by its date (the latest when its date is unknown), later releases that
/// changed a figure are noted, and the designated names it mentions are marked.
/// </summary>
public static class ArticleVerification
{
    /// <summary>Checks the article; input the checker refuses comes back as a problem saying why, not as an exception.</summary>
    /// <param name="input">The article.</param>
    /// <param name="figures">The figures to check against.</param>
    /// <param name="screening">The sanctions list to mark designated names with; null marks none.</param>
    /// <param name="result">The checked article; null on failure.</param>
    /// <param name="problem">Why the article could not be checked; null on success.</param>
    public static bool TryVerify(ArticleInput input, ArticleFigures figures, ScreeningService? screening, out VerifiedArticle? result, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(figures);
        result = null;
        problem = null;
        DateOnly? appeared = input.Published ?? ArticleText.Parse(input.Text).Published;
        try
        {
            // The latest figures only serve to say where a later release changed one.
            FiguresAtPublication? atPublication = appeared is { } day ? FiguresAtPublication.Select(figures.PublishedBy(day), figures.Latest, day) : null;
            ClaimVerifier verifier = atPublication is not null ? Verifier(atPublication.Figures, figures)
                : figures.LatestVerifier ?? Verifier(figures.Latest, figures);
            ArticleCheck check = ArticleChecker.Check(input.Text, verifier, input.Published, input.Language);
            check = atPublication?.Guard(check) ?? check;
            IReadOnlyList<DesignatedNameRow>? names = screening is null ? null : DesignatedNameReports.Rows(screening.MarkNames(check.Article.Input), screening.List);
            result = new VerifiedArticle(check, LaterReleases.Notes(check, figures.Latest), names);
            return true;
        }
        catch (ArgumentException e)
        {
            problem = e.Message.Split(" (Parameter", StringSplitOptions.None)[0];
            return false;
        }
    }

    private static ClaimVerifier Verifier(IReadOnlyList<Observation> observations, ArticleFigures figures) =>
        new(observations, references: figures.References);
}
