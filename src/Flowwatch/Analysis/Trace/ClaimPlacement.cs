using System.Globalization;
using Flowwatch.Analysis.Claims;
using Flowwatch.Model;
using Flowwatch.Model.Articles;

namespace Flowwatch.Analysis.Trace;

/// <summary>
/// Places a checked claim on the figure it is about and says how it renders it, from the claim checker's own result:
/// the frame it decided on (<see cref="CheckedClaim.Interpretation"/>) against the frame the text states, and for a
/// contradicted claim the figure the writer probably meant. Only counts are placed: a multiple, share or change is
/// about a ratio of two figures, not one.
/// </summary>
public static class ClaimPlacement
{
    /// <summary>The article's claims placed on figures.</summary>
    /// <param name="article">The article.</param>
    /// <param name="check">Its claims, checked against the figures published by its date.</param>
    /// <param name="catalog">The dataset catalogue, for the words a reading names datasets by; the bundled one if null.</param>
    public static IReadOnlyList<TracedClaim> Place(ArticleDocument article, ArticleCheck check, DatasetCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(check);
        catalog ??= DatasetCatalog.Bundled;
        var claims = new List<TracedClaim>(check.Claims.Count);
        for (int i = 0; i < check.Claims.Count; i++)
        {
            CheckedClaim c = check.Claims[i];
            (FigureRef? figure, decimal? value, string reading) = Locate(c, catalog);
            claims.Add(new TracedClaim(article, i, c.Claim.Text, c.Claim.Sentence, c.Claim.Quantity.Value, c.Verdict, c.Rule, figure, value, reading));
        }

        return claims;
    }

    private static (FigureRef? Figure, decimal? Value, string Reading) Locate(CheckedClaim c, DatasetCatalog catalog)
    {
        if (c.Claim.Quantity.Kind != QuantityKind.Count)
        {
            return (null, null, "");
        }

        ClaimFrame stated = c.Claim.Frame;
        switch (c.Verdict)
        {
            case Verdict.Supported:
            case Verdict.PartlySupported:
                {
                    // A partly supported claim's number is that of another figure than the one it states: the checker
                    // gives it as the "matching figure" (13,000 workers: the 13,221 entries).
                    ClaimFrame decided = c.Interpretation ?? stated;
                    ClaimEvidence? actual = c.Evidence.FirstOrDefault(e => e.Role == "matching figure") ?? c.Evidence.FirstOrDefault(e => e.Role == "actual");
                    // A reference figure (a capacity) has no series in the store: such a claim is placed on none.
                    if (Figure(decided, actual) is not { } figure)
                    {
                        return (null, null, "");
                    }

                    // A reframing is a reading only when one part of the stated frame gives way (workers for entries, study
                    // entries given as all); a match that changes more is a coincidence of numbers, not a rendering of that
                    // figure. A match in another period is never taken as a reading here: on the press corpus every such match
                    // was a sentence that names a second period to compare with ("870, the most since 2019", "the more than
                    // 2,000 of the first half of 2020"), so the number is this period's and the stated period is the
                    // comparison's. A year's figure given for another year is read from a contradicted claim the checker
                    // traced to the figure the writer probably meant (below), where the text itself is wrong.
                    if (c.Verdict == Verdict.PartlySupported && (Differences(stated, figure) > 1 || stated.Period is { } p && p != figure.Period))
                    {
                        return (null, null, "");
                    }

                    decimal? value = actual?.Value ?? c.Actual;
                    string framing = Framing(stated, figure, catalog);
                    string reading = framing.Length > 0 ? framing : Rendering(c.Claim.Quantity, value);
                    return (figure, value, reading);
                }

            case Verdict.Contradicted:
                {
                    // The writer's number came from the figure it probably meant, where the checker found one: that figure's
                    // genealogy is where the wrong number belongs (a year's figure given for another year).
                    ClaimEvidence? meant = c.Evidence.FirstOrDefault(e => e.Role == "probably meant");
                    ClaimEvidence? actual = c.Evidence.FirstOrDefault(e => e.Role == "actual");
                    ClaimFrame decided = c.Interpretation ?? stated;
                    if (meant is not null && Figure(decided, meant) is { } meantFigure && Differences(stated, meantFigure) <= 1)
                    {
                        string framing = Framing(stated, meantFigure, catalog);
                        return (meantFigure, meant.Value, framing.Length > 0 ? framing : "a different number");
                    }

                    return Figure(decided, actual) is { } figure ? (figure, actual?.Value ?? c.Actual, "a different number") : (null, null, "");
                }

            default:
                return (null, null, "");
        }
    }

    private static FigureRef? Figure(ClaimFrame frame, ClaimEvidence? evidence)
    {
        // The evidence names the series it was read from, reporter included, where the text named none ("들어간 북한 주민은
        // 13,221명": checked against the only reporter of that dataset).
        if (evidence is { Basis.Count: > 0 } e)
        {
            return new FigureRef(e.Basis[0].Key with { Dataset = e.Dataset, Breakdown = e.Breakdown }, e.Period);
        }

        DatasetId? dataset = evidence?.Dataset ?? frame.Dataset;
        Breakdown? breakdown = evidence?.Breakdown ?? frame.Breakdown;
        Period? period = evidence?.Period ?? frame.Period;
        return dataset is { } d && breakdown is { } b && period is { } p && frame.Reporter is { } r && frame.Partner is { } q
            ? new FigureRef(new SeriesKey(d, r, q, b), p)
            : null;
    }

    private static int Differences(ClaimFrame stated, FigureRef figure) =>
        (stated.Dataset is { } d && d != figure.Key.Dataset ? 1 : 0)
        + (stated.Breakdown is { } b && b != figure.Key.Breakdown ? 1 : 0)
        + (stated.Period is { } p && p != figure.Period ? 1 : 0);

    // What the text states that the figure is not: another dataset (entries called workers), another category (study
    // entries given as all entries), another period (2024's figure given for 2023). Empty when the text states the figure.
    private static string Framing(ClaimFrame stated, FigureRef figure, DatasetCatalog catalog)
    {
        var parts = new List<string>(3);
        if (stated.Dataset is { } d && d != figure.Key.Dataset && Noun(d, catalog) is var said && said != Noun(figure.Key.Dataset, catalog))
        {
            parts.Add($"{Noun(figure.Key.Dataset, catalog)} called {said}");
        }

        if (stated.Breakdown is { } b && b != figure.Key.Breakdown)
        {
            string noun = Noun(figure.Key.Dataset, catalog);
            parts.Add($"{Label(figure.Key.Breakdown)} {noun} given as {Label(b)} {noun}");
        }

        if (stated.Period is { } p && p != figure.Period)
        {
            parts.Add($"the figure of {figure.Period} given for {p}");
        }

        return string.Join("; ", parts);
    }

    // How the number renders a figure it states in the right frame. A number is a rounding only when the figure rounds to
    // it at its precision ("fast 8.000" for 7,887); a bound further off ("more than ten" for 20) is a bound, not a rounding.
    private static string Rendering(Quantity q, decimal? value)
    {
        if (value == q.Value)
        {
            return "as published";
        }

        bool rounded = q.Precision > 1 && value is { } v && Math.Abs(v - q.Value) <= q.Precision / 2;
        return q.Qualifier == Qualifier.None ? (rounded ? "rounded to " + Precision(q.Precision) : "a different number")
            : rounded ? $"hedged ({Hedge(q.Qualifier)}), rounded to {Precision(q.Precision)}"
            : $"a bound ({Hedge(q.Qualifier)} {q.Value.ToString("#,0.##", CultureInfo.InvariantCulture)})";
    }

    private static string Hedge(Qualifier q) => q switch
    {
        Qualifier.About => "about",
        Qualifier.Almost => "almost",
        Qualifier.UpTo => "up to",
        Qualifier.MoreThan => "more than",
        Qualifier.AtLeast => "at least",
        Qualifier.LessThan => "less than",
        _ => "none",
    };

    private static string Precision(decimal precision) => precision switch
    {
        >= 1_000_000 => "millions",
        >= 1000 => "thousands",
        >= 100 => "hundreds",
        >= 10 => "tens",
        _ => string.Create(CultureInfo.InvariantCulture, $"{precision:0.##}"),
    };

    private static string Label(Breakdown b) => b == Breakdown.Total ? "all" : b.Code.Replace('-', ' ');

    // The head noun of the catalogue's phrase for the dataset ("entries of citizens of ..." -> entries), else its unit.
    private static string Noun(DatasetId id, DatasetCatalog catalog)
    {
        if (!catalog.TryGet(id, out DatasetInfo info))
        {
            return id.Id;
        }

        string phrase = info.Phrase.Replace("{kind}", "", StringComparison.Ordinal).Trim();
        int space = phrase.IndexOf(' ', StringComparison.Ordinal);
        string head = space < 0 ? phrase : phrase[..space];
        return head.Length == 0 || head.Contains('{', StringComparison.Ordinal) || head == "the" ? info.Unit : head;
    }
}
