using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// What an article has said so far that a later sentence may lean on: who it is about, where they were counted, the
/// period and dataset of its last claim, by paragraph and for the whole article. "Davon gaben fast 8.000 an ..." reads
/// its frame from here.
/// </summary>
internal sealed class DocumentContext
{
    /// <summary>The people counted, as the paragraph last named them.</summary>
    public Country? ParagraphPartner { get; set; }

    /// <summary>Where they were counted, as the paragraph last named it.</summary>
    public Country? ParagraphReporter { get; set; }

    /// <summary>The people counted, as the article last named them.</summary>
    public Country? DocumentPartner { get; set; }

    /// <summary>The period of the paragraph's last claim (or its first stated period).</summary>
    public Period? ParagraphPeriod { get; set; }

    /// <summary>The period of the article's last claim.</summary>
    public Period? DocumentPeriod { get; set; }

    /// <summary>The dataset of the paragraph's last claim.</summary>
    public DatasetId? ParagraphDataset { get; set; }

    /// <summary>The last claim that named who it counts.</summary>
    public Claim? LastClaim { get; set; }

    /// <summary>A new paragraph keeps only what the article as a whole said.</summary>
    public void EndParagraph()
    {
        ParagraphPartner = null;
        ParagraphReporter = null;
        ParagraphPeriod = null;
        ParagraphDataset = null;
    }

    /// <summary>Remembers a claim that names who it counts, so that the sentences after it can continue it.</summary>
    public void Remember(Claim claim, Country partner, Country? reporter, DatasetId dataset)
    {
        LastClaim = claim;
        ParagraphPartner = partner;
        DocumentPartner = partner;
        if (claim.Frame.Period is { } period)
        {
            ParagraphPeriod = period;
            DocumentPeriod = period;
        }

        ParagraphDataset = dataset;
        ParagraphReporter = reporter;
    }
}
