using Flowwatch.Model;

namespace Flowwatch.Sources.Formats;

internal static partial class TextShape
{
    /// <summary>
    /// <see cref="Check"/> over a text given in pieces, as a large file is decoded chunk by chunk: the same checks in the
    /// same order with the same messages, whatever the pieces.
    /// </summary>
    public sealed class Scan
    {
        private static readonly System.Buffers.SearchValues<char> QuoteOrBreak = System.Buffers.SearchValues.Create("\"\n");
        private static readonly System.Buffers.SearchValues<char> BreakOnly = System.Buffers.SearchValues.Create("\n");
        private readonly DiagnosticSink _sink;
        private readonly bool _quotes;
        private readonly int _multiLineFieldsUpTo;
        private long _at;
        private int _line = 1;
        private long _lineStart;
        private long _rowStart;
        private int _fieldLine;
        private bool _quoted;
        private bool _ok = true;
        private bool _stopped;
        private int _reported;
        private char _last;

        /// <param name="sink">Where problems go.</param>
        /// <param name="quotes">Whether <c>"</c> quotes fields in this format.</param>
        /// <param name="multiLineFieldsUpTo">The last line on which a quoted field may start and span lines.</param>
        public Scan(DiagnosticSink sink, bool quotes, int multiLineFieldsUpTo)
        {
            _sink = sink;
            _quotes = quotes;
            _multiLineFieldsUpTo = multiLineFieldsUpTo;
        }

        /// <summary>Checks the next piece of the text (nothing more is looked at once a bound is passed).</summary>
        public void Feed(ReadOnlySpan<char> text)
        {
            if (_stopped || text.IsEmpty)
            {
                return;
            }

            // Only quotes and line breaks matter: the text between them is skipped by a vectorised search.
            System.Buffers.SearchValues<char> marks = _quotes ? QuoteOrBreak : BreakOnly;
            for (int i = 0; i < text.Length; i++)
            {
                int next = text[i..].IndexOfAny(marks);
                if (next < 0)
                {
                    break;
                }

                i += next;
                char c = text[i];
                if (c == '"')
                {
                    _quoted = !_quoted;
                    _fieldLine = _quoted ? _line : _fieldLine;
                }
                else if (c == '\n')
                {
                    long at = _at + i;
                    if (!WithinBounds(at))
                    {
                        _stopped = true;
                        return;
                    }

                    if (_quoted && _fieldLine == _line && _reported++ < 20)
                    {
                        if (_line <= _multiLineFieldsUpTo)
                        {
                            _sink.Warning(SourceMessages.MultiLineFieldCode, SourceLocator.AtLine(_line).ToString(), SourceMessages.MultiLineField(allowed: true));
                        }
                        else
                        {
                            _sink.Error(SourceMessages.MultiLineFieldCode, SourceLocator.AtLine(_line).ToString(), SourceMessages.MultiLineField(allowed: false, _multiLineFieldsUpTo));
                            _ok = false;
                        }
                    }

                    _line++;
                    _lineStart = at + 1;
                    _rowStart = _quoted ? _rowStart : at + 1;
                }
            }

            _at += text.Length;
            _last = text[^1];

            // A line already longer than the bound is reported now, not after reading the rest of a file that may have no newline.
            if (_at - _lineStart > MaxLineLength || _at - _rowStart > MaxLineLength)
            {
                _stopped = !WithinBounds(_at);
            }
        }

        /// <summary>Ends the text: whether it may be parsed.</summary>
        public bool Finish()
        {
            if (_stopped || !WithinBounds(_at))
            {
                return false;
            }

            if (_quoted)
            {
                _sink.Error(SourceMessages.CorruptCode, SourceLocator.AtLine(_fieldLine).ToString(), SourceMessages.OpenQuote(_fieldLine));
                return false;
            }

            if (_at > 0 && _last is not ('\n' or '\r'))
            {
                _sink.Error(SourceMessages.CorruptCode, SourceLocator.AtLine(_line).ToString(), SourceMessages.NoFinalNewline(_line));
                return false;
            }

            return _ok;
        }

        // A row is its lines joined by the line breaks of its quoted fields: Sep holds a whole row in its buffer, so a
        // row is bounded as a line is, and a quote that never closes cannot make one row of the rest of a large file.
        private bool WithinBounds(long end)
        {
            if (end - _lineStart > MaxLineLength)
            {
                _sink.Error(SourceMessages.BoundCode, SourceLocator.AtLine(_line).ToString(), SourceMessages.LineTooLong(MaxLineLength));
                return false;
            }

            if (end - _rowStart > MaxLineLength)
            {
                _sink.Error(SourceMessages.BoundCode, SourceLocator.AtLine(_fieldLine).ToString(), SourceMessages.RowTooLong(_fieldLine, MaxLineLength));
                return false;
            }

            return true;
        }
    }
}
