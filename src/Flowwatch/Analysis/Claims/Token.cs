namespace Flowwatch.Analysis.Claims;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
    Newline,
}

/// <summary>
/// A word, number or punctuation mark of the analysed text. Offsets index the analysed text; numbers
/// carry their parsed value and the precision they were written at.
/// </summary>
internal struct Token
{
    public TokenKind Kind;
    public int Start;
    public int End;
    public bool SpaceBefore;
    public char Char;
    public LexEntry? Entry;
    public decimal Value;
    public decimal Precision;
    public bool Valid;
    public bool Plain;
    public bool Mixed;

    public readonly int Length => End - Start;

    public readonly bool Is(LexKind kind) => Kind == TokenKind.Word && Entry is not null && Entry.Kind == kind;

    public readonly bool IsPunct(char c) => Kind == TokenKind.Punct && Char == c;
}
