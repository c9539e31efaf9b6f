namespace Flowwatch.Benchmarks.Corpus;

/// <summary>One language's tally on one corpus file.</summary>
internal sealed class CorpusScore
{
    public int Expected { get; set; }

    public int Right { get; set; }

    public int Missing { get; set; }

    /// <summary>Numbers accepted only as not checkable that Flowwatch did not read as claims (right: no verdict given).</summary>
    public int NoVerdict { get; set; }

    /// <summary>Wrong variants whose figure was first attested after the article (they can be supported, never contradicted).</summary>
    public int VariantsUncatchable { get; set; }

    public int FalseContradicted { get; set; }

    public int FalseSupported { get; set; }

    public int Extra { get; set; }

    public int ExtraContradicted { get; set; }

    public int Variants { get; set; }

    public int VariantsCaught { get; set; }

    public int VariantsSupported { get; set; }

    public Dictionary<string, (int Made, int Caught)> ByKind { get; } = new(StringComparer.Ordinal);

    public void Add(CorpusScore other)
    {
        Expected += other.Expected;
        Right += other.Right;
        Missing += other.Missing;
        NoVerdict += other.NoVerdict;
        VariantsUncatchable += other.VariantsUncatchable;
        FalseContradicted += other.FalseContradicted;
        FalseSupported += other.FalseSupported;
        Extra += other.Extra;
        ExtraContradicted += other.ExtraContradicted;
        Variants += other.Variants;
        VariantsCaught += other.VariantsCaught;
        VariantsSupported += other.VariantsSupported;
        foreach ((string kind, (int made, int caught)) in other.ByKind)
        {
            (int m, int c) = ByKind.GetValueOrDefault(kind);
            ByKind[kind] = (m + made, c + caught);
        }
    }
}
