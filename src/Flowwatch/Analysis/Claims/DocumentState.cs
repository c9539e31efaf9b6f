using Flowwatch.Model;

namespace Flowwatch.Analysis.Claims;

/// <summary>
/// Reads one article sentence by sentence through the stages, each its own type: the cues (<see cref="CueReader"/>),
/// the numbers (<see cref="NumberReader"/>), who is counted (<see cref="PeopleReader"/>), lists and brackets
/// (<see cref="ListReader"/>), the periods (<see cref="PeriodResolver"/>), the frame hypotheses
/// (<see cref="FrameHypotheses"/>) and the sentence as a whole (<see cref="SentenceFrames"/>). What the article has
/// said so far (<see cref="DocumentContext"/>) lets "Davon gaben fast 8.000 an ..." inherit the frame before it.
/// </summary>
internal sealed class DocumentState
{
    private readonly TokenBuffer _tokens;
    private readonly DateOnly? _published;
    private readonly CueReader _cueReader;
    private readonly NumberReader _numbers;
    private readonly PeopleReader _people;
    private readonly ListReader _lists;
    private readonly PeriodResolver _periods;
    private readonly FrameHypotheses _frames;
    private readonly DocumentContext _context = new();

    public DocumentState(ArticleText article, Lexicon lexicon, TokenBuffer tokens, DateOnly? published, int maxClaims = int.MaxValue)
    {
        ClaimCatalogue catalogue = ClaimCatalogue.Default;
        _tokens = tokens;
        _published = published;
        _cueReader = new CueReader(lexicon, tokens, article.Text, published);
        _numbers = new NumberReader(lexicon, tokens, article.Text, _cueReader);
        _people = new PeopleReader(lexicon, tokens, article.Text, catalogue);
        _lists = new ListReader(lexicon, tokens, article.Text, _numbers.Candidates, _cueReader.Cues);
        _periods = new PeriodResolver(_cueReader.Cues, _numbers.Candidates, published, _context);
        _frames = new FrameHypotheses(article, tokens, _numbers, _cueReader, _people, _lists, _periods, _context, catalogue, published) { MaxClaims = maxClaims };
    }

    public List<Claim> Claims { get; } = new(64);

    /// <summary>The claims found after the first maxClaims, counted and not read.</summary>
    public int LeftOut => _frames.LeftOut;

    public void EndParagraph() => _context.EndParagraph();

    public void ReadSentence(int s, int e)
    {
        if (e <= s)
        {
            return;
        }

        bool hasNumber = false;
        bool hasEntry = false, cue = false;
        for (int i = s; i < e; i++)
        {
            ref readonly Token t = ref _tokens.Items[i];
            if (t.Kind == TokenKind.Number || t.Is(LexKind.NumberWord) || t.Is(LexKind.Multiple))
            {
                hasNumber = true;
            }

            switch (t.Entry?.Kind)
            {
                case LexKind.Dataset:
                case LexKind.Entry:
                    hasEntry = true;
                    cue = true;
                    break;
                case LexKind.Visa:
                case LexKind.Worker:
                case LexKind.Purpose:
                    cue = true;
                    break;
            }
        }

        _people.Read(s, e);
        _cueReader.Read(s, e);
        _numbers.Candidates.Clear();
        if (hasNumber)
        {
            _numbers.Read(s, e);
            _lists.Read(s, e);
            int firstClaim = Claims.Count;
            for (int c = 0; c < _numbers.Candidates.Count; c++)
            {
                _frames.Build(c, s, e, cue, hasEntry, Claims);
            }

            SentenceFrames.Reconcile(Claims, firstClaim, _published);
        }

        if (_people.SentencePartner is { } p)
        {
            _context.ParagraphPartner = p;
            _context.DocumentPartner = p;
        }

        if (_people.SentencePartner is not null || _numbers.Candidates.Count > 0)
        {
            // A sentence about people or figures sets the paragraph's period for the sentences after it ("В первом полугодии
            // 2016 года граждане России совершили 13,2 млн поездок ..." before a list of countries).
            foreach (Period period in _periods.StatedPeriods())
            {
                _context.ParagraphPeriod ??= period;
                break;
            }
        }
    }
}
