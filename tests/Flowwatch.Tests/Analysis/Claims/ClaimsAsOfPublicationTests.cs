using Flowwatch.Analysis.Claims;
using Flowwatch.Analysis.Releases;
using Flowwatch.Model;
using Flowwatch.Sources.Catalogs;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Claims;

/// <summary>
/// The real sentences checked as `verify` checks them: against the figures the store says were published by each
/// article's date (the bundled figures are dated by the earliest report that cites them, often later than the release
/// an article quotes), with figures first attested later allowed to support but never to contradict.
/// </summary>
public sealed class ClaimsAsOfPublicationTests
{
    [Fact]
    public void Real_sentences_checked_as_of_their_date_accuse_no_correct_claim_and_get_95_percent_right()
    {
        using var dir = new TempDirectory();
        string db = dir.File("fw.db");
        Assert.Equal(0, CliRunner.Run("demo", "--db", db).Exit);
        IReadOnlyList<CapacityFigure> references = CapacityReader.LoadBundled().Items;
        using IObservationStore store = SqliteObservationStore.Open(db);
        IReadOnlyList<Observation> latest = store.Current(ObservationQuery.All);

        var scores = ClaimFixtures.Evaluate(ClaimFixtures.Load("claims-real-dev.jsonl"), checkCase: c =>
        {
            var figures = FiguresAtPublication.Select(store.Current(ObservationQuery.All with { AsOf = c.Published }), latest, c.Published);
            return figures.Guard(ArticleChecker.Check(c.Text, new ClaimVerifier(figures.Figures, references: references), c.Published, c.Lang));
        });

        Assert.All(scores, s => Assert.Equal(0, s.FalseContradicted));
        Assert.All(scores, s => Assert.True((double)s.VerdictsRight / s.Expected >= 0.95, $"{s.Lang}: {s.VerdictsRight}/{s.Expected}\n" + string.Join("\n", s.Problems)));
    }
}
