using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>What a claimed number is about: who, where, what, which purpose, when, compared with when.</summary>
public sealed record ClaimFrame
{
    /// <summary>The country whose figures count it (where: Russia).</summary>
    public Country? Reporter { get; init; }

    /// <summary>The people counted (who: the country of the North Koreans).</summary>
    public Country? Partner { get; init; }

    /// <summary>The dataset the claim speaks of (entries, visas, workers present); null when none fits.</summary>
    public DatasetId? Dataset { get; init; }

    /// <summary>The category (a purpose, a visa type, or total).</summary>
    public Breakdown? Breakdown { get; init; }

    /// <summary>The period the claim speaks of.</summary>
    public Period? Period { get; init; }

    /// <summary>The period a multiple or change compares with.</summary>
    public Period? ComparedWith { get; init; }

    /// <summary>How the period was found: "stated", "carried from context", "resolved against the publication date".</summary>
    public string PeriodSource { get; init; } = "";

    /// <summary>Why the claim cannot be checked whatever the figures (the thing counted is not in any dataset), else null.</summary>
    public string? Uncovered { get; init; }

    /// <summary>True when the text names no base for a multiple or change and a year earlier was assumed.</summary>
    public bool ComparisonAssumed { get; init; }

    /// <summary>
    /// True when the text states no period and the frame takes the latest figure published by the article's date ("around
    /// 1,000 workers are still in the country"): an assumption, which may support a claim but never make it contradicted.
    /// </summary>
    public bool LatestPeriod { get; init; }

    /// <summary>How the people counted were found: "stated", "carried from the paragraph", "carried from earlier in the article".</summary>
    public string PartnerSource { get; init; } = "";

    /// <summary>Why the text allows this frame when it is one of a claim's alternatives ("the period ... stands about as near this number"); empty for the frame the text gives first.</summary>
    public string Evidence { get; init; } = "";

    /// <summary>
    /// True when the frame differs from the claim's first one only in the dataset, both named by the same words ("visas":
    /// the MVD's or the consulates'): where the first has no figure, this one's figure decides, contradiction included.
    /// </summary>
    internal bool SameWords { get; init; }

    /// <summary>The words of the text that set each part of the frame (who, what, purpose, when, compared with).</summary>
    public IReadOnlyList<FrameWord> Words { get; init; } = [];

    /// <summary>
    /// True when the text clearly supports this frame: who is counted is named in the sentence or its paragraph, what is
    /// counted is named by a word of the sentence, and the period is stated. Only a clear frame that fails makes a claim
    /// <see cref="Verdict.Contradicted"/>.
    /// </summary>
    public bool Clear { get; init; }
}
