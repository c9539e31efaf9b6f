using System.Globalization;
using Xunit.Abstractions;

namespace Flowwatch.Tests.Analysis.Claims;

public sealed class ClaimFixtureTests(ITestOutputHelper output)
{
    [Fact]
    public void Dev_sentences_get_the_fact_checkers_verdicts() =>
        AssertAllPass(ClaimFixtures.Load("claims-dev.jsonl"));

    [Fact]
    public void Written_cases_get_their_verdicts_and_nothing_else_is_extracted() =>
        AssertAllPass(ClaimFixtures.Load("claims-cases.jsonl"));

    [Fact]
    public void Written_cases_pass_with_the_language_detected() =>
        AssertAllPass(ClaimFixtures.Load("claims-cases.jsonl"), detect: true);

    [Fact]
    public void Mechanism_cases_get_their_verdicts_and_nothing_else_is_extracted() =>
        AssertAllPass(ClaimFixtures.Load("claims-mechanisms.jsonl"));

    [Fact]
    public void Issue_21_kinds_get_their_verdicts_and_nothing_else_is_extracted() =>
        AssertAllPass(ClaimFixtures.Load("claims-kinds.jsonl"));

    /// <summary>
    /// The 18 real sentences of claims-real-dev.jsonl (copied from the project's shared development data; each number
    /// with the verdicts a careful fact-checker accepts). A check of general mechanisms, not a held-out evaluation.
    /// </summary>
    [Fact]
    public void Real_sentences_accuse_no_correct_claim_and_get_95_percent_right_in_each_language()
    {
        var scores = ClaimFixtures.Evaluate(ClaimFixtures.Load("claims-real-dev.jsonl"));
        Write(scores);
        Assert.Equal(["de", "en", "ko", "ru"], scores.Select(s => s.Lang));
        Assert.All(scores, s => Assert.Equal(0, s.FalseContradicted));
        Assert.All(scores, s => Assert.True((double)s.VerdictsRight / s.Expected >= 0.95, $"{s.Lang}: {s.VerdictsRight}/{s.Expected}\n" + string.Join("\n", s.Problems)));
    }

    [Theory]
    [InlineData("claims-cases.jsonl")]
    [InlineData("claims-dev.jsonl")]
    [InlineData("claims-mechanisms.jsonl")]
    [InlineData("claims-kinds.jsonl")]
    public void No_fixture_accuses_a_correct_claim(string file) =>
        Assert.All(ClaimFixtures.Evaluate(ClaimFixtures.Load(file)), s => Assert.Equal(0, s.FalseContradicted));

    private void Write(IEnumerable<ClaimFixtures.Score> scores)
    {
        foreach (var s in scores)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Lang}: expected {s.Expected}, extracted {s.Extracted}, matched {s.Matched}; extraction precision {s.Precision:P1}, recall {s.Recall:P1}; verdict accuracy {s.Accuracy:P1} ({s.VerdictsRight}/{s.Matched}); false contradicted {s.FalseContradicted}"));
        }
    }

    private void AssertAllPass(IReadOnlyList<ClaimFixtures.Case> cases, bool detect = false)
    {
        var scores = ClaimFixtures.Evaluate(cases, detect);
        Write(scores);

        var problems = scores.SelectMany(s => s.Problems).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
