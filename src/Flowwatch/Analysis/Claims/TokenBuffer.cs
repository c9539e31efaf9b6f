namespace Flowwatch.Analysis.Claims;

/// <summary>
/// A growable array of tokens whose elements are read in place: a <see cref="List{T}"/> indexer copies
/// the (large) token struct on every access, and the extractor looks at each token many times.
/// </summary>
internal sealed class TokenBuffer
{
    public Token[] Items { get; private set; }

    public int Count { get; private set; }

    public TokenBuffer(int capacity) => Items = new Token[Math.Max(16, capacity)];

    public void Add(in Token token)
    {
        if (Count == Items.Length)
        {
            var bigger = new Token[Items.Length * 2];
            Array.Copy(Items, bigger, Count);
            Items = bigger;
        }

        Items[Count++] = token;
    }

    public void Clear() => Count = 0;
}
