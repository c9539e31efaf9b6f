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

    private void AssertAllPass(IReadOnlyList<ClaimFixtures.Case> cases, bool detect = false)
    {
        var scores = ClaimFixtures.Evaluate(cases, detect);
        foreach (var s in scores)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Lang}: expected {s.Expected}, extracted {s.Extracted}, matched {s.Matched}; extraction precision {s.Precision:P1}, recall {s.Recall:P1}; verdict accuracy {s.Accuracy:P1} ({s.VerdictsRight}/{s.Matched})"));
        }

        var problems = scores.SelectMany(s => s.Problems).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
