namespace Flowwatch.Analysis.Claims;

/// <summary>
/// Splits text into words, numbers and punctuation in one left-to-right pass (no regular expressions, no
/// backtracking: each character is looked at a bounded number of times, so a million digits or a
/// megabyte of garbage costs what its length costs). Numbers are read with the language's grouping:
/// German 13.221 and 3,2; English 13,221 and 3.2; Russian 13 221 (ordinary, no-break, narrow or thin
/// space) and 3,2.
/// </summary>
internal static class Tokenizer
{
    // Digits beyond this are not a count anyone states; the token is kept (so offsets stay right) but marked invalid.
    private const int MaxIntegerDigits = 15;
    private const int MaxDecimals = 6;

    public static void Tokenize(string text, Lexicon lexicon, TokenBuffer tokens)
    {
        char group = lexicon.GroupSeparator;
        char point = lexicon.DecimalPoint;
        string attachedScales = lexicon.AttachedScales;
        int i = 0;
        bool space = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                tokens.Add(new Token { Kind = TokenKind.Newline, Start = i, End = i + 1, SpaceBefore = true, Char = '\n' });
                i++;
                space = true;
                continue;
            }

            if (c == ' ' || char.IsWhiteSpace(c) || c == '\u00AD' || char.IsControl(c))
            {
                i++;
                space = true;
                continue;
            }

            if (IsUrlStart(text, i))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                space = true;
                continue;
            }

            if (char.IsLetter(c))
            {
                int start = i;
                bool mixed = false;
                while (i < text.Length && (char.IsAsciiLetter(text[i]) || char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark || text[i] == '\u00AD'))
                {
                    i++;
                }

                // Korean glues counters and particles to numbers and nouns ("1700명", "3분기"): a Hangul word ends at a digit.
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || char.IsLetter(text[i])) && !(IsHangul(text[i - 1]) && char.IsAsciiDigit(text[i])))
                {
                    mixed = true;
                    i++;
                }

                tokens.Add(Word(text, start, i, space, mixed, lexicon));
                space = false;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                int start = i;
                Token number = ReadNumber(text, ref i, group, point);
                number.SpaceBefore = space;
                if (i < text.Length && IsHangul(text[i]))
                {
                    // "1만 3221명", "3천700명": a scale character glued to the number is a word of its own.
                    tokens.Add(number);
                    if (attachedScales.Contains(text[i], StringComparison.Ordinal))
                    {
                        tokens.Add(Word(text, i, i + 1, false, false, lexicon));
                        i++;
                    }
                }
                else if (i < text.Length && char.IsLetter(text[i]))
                {
                    // "1st", "3rd", "20th", "F35": one mixed word, never a count.
                    while (i < text.Length && (char.IsLetterOrDigit(text[i])))
                    {
                        i++;
                    }

                    tokens.Add(Word(text, start, i, space, true, lexicon));
                }
                else
                {
                    tokens.Add(number);
                }

                space = false;
                continue;
            }

            tokens.Add(new Token { Kind = TokenKind.Punct, Start = i, End = i + 1, SpaceBefore = space, Char = c });
            i++;
            space = false;
        }
    }

    /// <summary>A Hangul syllable or jamo.</summary>
    public static bool IsHangul(char c) => c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F');

    private static Token Word(string text, int start, int end, bool space, bool mixed, Lexicon lexicon)
    {
        ReadOnlySpan<char> span = text.AsSpan(start, end - start);
        LexEntry? entry = span.Length <= 40 ? lexicon.Find(span) : null;
        return new Token { Kind = TokenKind.Word, Start = start, End = end, SpaceBefore = space, Entry = entry, Mixed = mixed };
    }

    private static bool IsUrlStart(string text, int i) =>
        (text[i] is 'h' or 'w') && (Matches(text, i, "http://") || Matches(text, i, "https://") || Matches(text, i, "www."));

    private static bool Matches(string text, int i, string prefix) =>
        text.Length - i >= prefix.Length && string.CompareOrdinal(text, i, prefix, 0, prefix.Length) == 0;

    // A language's own thousands mark, and in every language the spaces of SI/ISO 80000 grouping ("13 221", "13\u202F221"
    // in an English or German text): read as one number, never as 13 and 221 (which would accuse the text of two wrong counts).
    private static bool IsGroupSeparator(char c, char group) =>
        c == group || c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    // A soft hyphen is invisible in print: between digits it joins them ("13\u00AD221" is 13221).
    private static bool IsSoftHyphenInDigits(string text, int i) =>
        text[i] == '\u00AD' && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);

    private static Token ReadNumber(string text, ref int i, char group, char point)
    {
        int start = i;
        decimal value = 0;
        int integerDigits = 0;
        int trailingZeros = 0;
        bool valid = true;
        int run = 0;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || IsSoftHyphenInDigits(text, i)))
        {
            if (text[i] != '\u00AD')
            {
                Accumulate(text[i], ref value, ref integerDigits, ref trailingZeros, ref valid);
                run++;
            }

            i++;
        }

        bool plain = true;
        // Thousands groups: only after a head of one to three digits, each group exactly three digits.
        if (run <= 3)
        {
            // One number uses one mark throughout: "1.234 567" is not one number.
            char used = '\0';
            while (i < text.Length && IsGroupSeparator(text[i], group) && (used == '\0' || text[i] == used) && IsThreeDigits(text, i + 1))
            {
                used = text[i];
                plain = false;
                for (int k = 1; k <= 3; k++)
                {
                    Accumulate(text[i + k], ref value, ref integerDigits, ref trailingZeros, ref valid);
                }

                i += 4;
            }
        }

        int decimals = 0;
        if (i + 1 < text.Length && text[i] == point && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            decimal scale = 0.1m;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                if (decimals < MaxDecimals)
                {
                    value += (text[i] - '0') * scale;
                    scale /= 10;
                }
                else
                {
                    valid = false;
                }

                decimals++;
                i++;
            }

            plain = false;
        }

        decimal precision = decimals > 0 ? Pow10(-Math.Min(decimals, MaxDecimals)) : Pow10(integerDigits > trailingZeros ? trailingZeros : 0);
        return new Token
        {
            Kind = TokenKind.Number,
            Start = start,
            End = i,
            Value = valid ? value : 0,
            Precision = precision,
            Valid = valid,
            Plain = plain,
        };
    }

    private static bool IsThreeDigits(string text, int at) =>
        at + 2 < text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 >= text.Length || !char.IsAsciiDigit(text[at + 3]));

    private static void Accumulate(char digit, ref decimal value, ref int integerDigits, ref int trailingZeros, ref bool valid)
    {
        integerDigits++;
        if (integerDigits > MaxIntegerDigits)
        {
            valid = false;
            return;
        }

        value = (value * 10) + (digit - '0');
        trailingZeros = digit == '0' ? trailingZeros + 1 : 0;
    }

    public static decimal Pow10(int exponent)
    {
        decimal result = 1;
        for (int k = 0; k < exponent; k++)
        {
            result *= 10;
        }

        for (int k = 0; k > exponent; k--)
        {
            result /= 10;
        }

        return result;
    }
}
