using System.Text;

namespace Flowwatch.Reports.Html;

/// <summary>
/// Follows the markup a <see cref="SafeHtmlWriter"/> writes, as a browser's tokenizer would (text, a tag, an
/// attribute value, the raw text of a script or style, a comment), so that the writer knows whether a hole
/// may be filled where it stands. Encoding makes text safe between tags and in quoted values only: in a tag
/// name, an attribute name or an unquoted value, "onclick=alert(1)" needs no character the encoder escapes.
/// </summary>
internal sealed class MarkupContext
{
    /// <summary>Attributes whose value is a URL the browser follows or loads.</summary>
    public static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "action", "formaction", "poster", "cite", "data", "background", "xlink:href" };

    // Values that are code, not text: encoding does not stop CSS or a document from doing things.
    private static readonly HashSet<string> ActiveAttributes = new(StringComparer.OrdinalIgnoreCase) { "style", "srcdoc" };

    private enum State
    {
        Text,
        TagOpen,
        TagName,
        BeforeAttribute,
        AttributeName,
        AfterAttributeName,
        BeforeValue,
        QuotedValue,
        UnquotedValue,
        RawText,
        Comment,
    }

    private readonly StringBuilder _tag = new();
    private readonly StringBuilder _attribute = new();
    private readonly StringBuilder _url = new();
    private State _state = State.Text;
    private char _quote;
    private bool _inUrl;
    private bool _urlVouched;
    private string _rawEnd = "";
    private int _matched;
    private int _dashes;
    private bool _following;

    /// <summary>Whether the markup stands between tags, where an element may begin.</summary>
    public bool InText => _state == State.Text;

    /// <summary>Where the markup stands, in words for a message.</summary>
    public string Where => _state switch
    {
        State.Text => "text",
        State.TagOpen or State.TagName => "a tag name",
        State.BeforeAttribute or State.AttributeName or State.AfterAttributeName => $"the tag <{_tag}> outside an attribute value",
        State.BeforeValue or State.UnquotedValue => $"the unquoted value of '{_attribute}'",
        State.QuotedValue => $"the value of '{_attribute}'",
        State.RawText => $"the raw text of <{_rawEnd[2..]}>",
        _ => "a comment",
    };

    /// <summary>Follows markup of our own: a literal of the code, or markup the library made.</summary>
    /// <exception cref="InvalidOperationException">The markup writes an event-handler attribute.</exception>
    /// <exception cref="ArgumentException">A URL attribute's value ends up unsafe.</exception>
    public void Markup(string markup)
    {
        foreach (char ch in markup)
        {
            Step(ch);
        }
    }

    /// <summary>
    /// Follows markup the library made and checked already (a <see cref="TrustedHtml"/>), without checking it again:
    /// it may hold what only the writer's own calls write, such as an embedded image's data: URI.
    /// </summary>
    public void TrustedMarkup(string markup)
    {
        _following = true;
        try
        {
            Markup(markup);
        }
        finally
        {
            _following = false;
        }
    }

    /// <summary>Checks that text (to be encoded) may go here, and follows it.</summary>
    /// <param name="text">The text, before encoding.</param>
    /// <param name="checkedUrl">Whether the text is a URL already checked (a <see cref="SafeUrl"/>).</param>
    /// <exception cref="InvalidOperationException">Text may not go here.</exception>
    /// <exception cref="ArgumentException">The text makes a URL attribute's value unsafe.</exception>
    public void Text(string text, bool checkedUrl)
    {
        if (_state is State.Text)
        {
            return;
        }

        if (_state is not State.QuotedValue)
        {
            throw new InvalidOperationException(HtmlMessages.HoleOutsideTextOrValue(Where));
        }

        if (ActiveAttributes.Contains(_attribute.ToString()))
        {
            throw new InvalidOperationException(HtmlMessages.HoleInActiveAttribute(_attribute.ToString()));
        }

        if (!_inUrl)
        {
            return;
        }

        // A hole that begins the URL could choose its scheme; after a literal "/x", "?" or "#" it cannot.
        if (!checkedUrl && _url.ToString().AsSpan().IndexOfAny(":/?#") < 0)
        {
            throw new InvalidOperationException(HtmlMessages.UrlMustBeSafeUrl(_attribute.ToString()));
        }

        _url.Append(text);
        _urlVouched = false;
        CheckUrl();
    }

    /// <summary>Checks that an embedded resource the writer made from bytes (a data: URI) may go here, and follows it.</summary>
    /// <exception cref="InvalidOperationException">It does not begin a URL attribute's quoted value.</exception>
    public void EmbeddedUrl()
    {
        if (_state is not State.QuotedValue || !_inUrl || _url.Length > 0)
        {
            throw new InvalidOperationException(HtmlMessages.HoleOutsideTextOrValue(Where));
        }

        _urlVouched = true;
    }

    /// <summary>Checks that trusted markup may go here.</summary>
    /// <exception cref="InvalidOperationException">It may not.</exception>
    public void Trusted()
    {
        if (_state is not (State.Text or State.RawText))
        {
            throw new InvalidOperationException(HtmlMessages.TrustedOutsideText(Where));
        }
    }

    private void Step(char ch)
    {
        switch (_state)
        {
            case State.Text:
                if (ch == '<')
                {
                    _state = State.TagOpen;
                }

                break;
            case State.TagOpen:
                // "a < b" is text; "<p", "</p" and "<!" begin a tag.
                if (char.IsAsciiLetter(ch) || ch is '/' or '!')
                {
                    _tag.Clear().Append(ch);
                    _state = State.TagName;
                }
                else if (ch != '<')
                {
                    _state = State.Text;
                }

                break;
            case State.TagName:
                if (IsSpace(ch) || ch == '/')
                {
                    _state = State.BeforeAttribute;
                }
                else if (ch == '>')
                {
                    EndTag();
                }
                else
                {
                    _tag.Append(ch);
                    if (_tag.Equals("!--".AsSpan()))
                    {
                        _dashes = 0;
                        _state = State.Comment;
                    }
                }

                break;
            case State.BeforeAttribute:
                if (ch == '>')
                {
                    EndTag();
                }
                else if (!IsSpace(ch) && ch != '/')
                {
                    _attribute.Clear().Append(ch);
                    _state = State.AttributeName;
                }

                break;
            case State.AttributeName:
                if (IsSpace(ch) || ch is '/' or '=' or '>')
                {
                    Named();
                    if (ch == '>')
                    {
                        EndTag();
                    }
                    else
                    {
                        _state = ch switch { '/' => State.BeforeAttribute, '=' => State.BeforeValue, _ => State.AfterAttributeName };
                    }
                }
                else
                {
                    _attribute.Append(ch);
                }

                break;
            case State.AfterAttributeName:
                if (ch == '=')
                {
                    _state = State.BeforeValue;
                }
                else if (ch == '>')
                {
                    EndTag();
                }
                else if (ch == '/')
                {
                    _state = State.BeforeAttribute;
                }
                else if (!IsSpace(ch))
                {
                    _attribute.Clear().Append(ch);
                    _state = State.AttributeName;
                }

                break;
            case State.BeforeValue:
                if (ch is '"' or '\'')
                {
                    BeginValue();
                    _quote = ch;
                    _state = State.QuotedValue;
                }
                else if (ch == '>')
                {
                    EndTag();
                }
                else if (!IsSpace(ch))
                {
                    BeginValue();
                    ValueChar(ch);
                    _state = State.UnquotedValue;
                }

                break;
            case State.QuotedValue:
                if (ch == _quote)
                {
                    EndValue();
                    _state = State.BeforeAttribute;
                }
                else
                {
                    ValueChar(ch);
                }

                break;
            case State.UnquotedValue:
                if (IsSpace(ch) || ch == '>')
                {
                    EndValue();
                    if (ch == '>')
                    {
                        EndTag();
                    }
                    else
                    {
                        _state = State.BeforeAttribute;
                    }
                }
                else
                {
                    ValueChar(ch);
                }

                break;
            case State.RawText:
                // The raw text of a script or style ends only at its own end tag.
                char lower = char.ToLowerInvariant(ch);
                if (lower == _rawEnd[_matched])
                {
                    _matched++;
                    if (_matched == _rawEnd.Length)
                    {
                        _tag.Clear().Append(_rawEnd, 1, _rawEnd.Length - 1);
                        _state = State.TagName;
                    }
                }
                else
                {
                    _matched = lower == '<' ? 1 : 0;
                }

                break;
            default:
                if (ch == '>' && _dashes >= 2)
                {
                    _state = State.Text;
                }

                _dashes = ch == '-' ? _dashes + 1 : 0;
                break;
        }
    }

    private void Named()
    {
        if (!_following && _attribute.Length >= 2 && _attribute.ToString(0, 2).Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(HtmlMessages.EventHandler(_attribute.ToString()));
        }
    }

    private void BeginValue()
    {
        _inUrl = UrlAttributes.Contains(_attribute.ToString());
        _urlVouched = false;
        _url.Clear();
    }

    private void ValueChar(char ch)
    {
        if (_inUrl)
        {
            _url.Append(ch);
            _urlVouched = false;
        }
    }

    private void EndValue()
    {
        if (_inUrl && !_urlVouched && !_following)
        {
            CheckUrl();
        }

        _inUrl = false;
    }

    private void CheckUrl()
    {
        if (!SafeUrl.TryParse(_url.ToString(), out _))
        {
            throw new ArgumentException(HtmlMessages.UnsafeUrl(_url.ToString()));
        }
    }

    private void EndTag()
    {
        string name = _tag.ToString().ToLowerInvariant();
        if (name is "script" or "style")
        {
            _rawEnd = "</" + name;
            _matched = 0;
            _state = State.RawText;
        }
        else
        {
            _state = State.Text;
        }
    }

    private static bool IsSpace(char ch) => ch is ' ' or '\t' or '\n' or '\r' or '\f';
}
