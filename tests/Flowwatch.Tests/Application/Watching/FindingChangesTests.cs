using Flowwatch.Analysis.Detection;
using Flowwatch.Application.Watching;
using Flowwatch.Model;
using Flowwatch.Store;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Application.Watching;

public sealed class FindingChangesTests
{
    private static Finding F(string id, Severity severity, decimal observed, decimal evidence = 100) =>
        new(id, DetectorNames.Surge, Some.Key(), Period.Parse("2024-H1"), observed, 50m, (double)(observed / 50m), 3.0, severity, [],
            "test finding", [Some.Obs("2024-H1", evidence)], []);

    [Fact]
    public void Compare_names_new_escalated_revised_and_resolved_by_stable_id()
    {
        IReadOnlyList<WatchedFinding> before =
        [
            FindingChanges.Remember(F("same", Severity.Medium, 100)),
            FindingChanges.Remember(F("up", Severity.Low, 100)),
            FindingChanges.Remember(F("moved", Severity.High, 100)),
            FindingChanges.Remember(F("gone", Severity.Low, 100)),
        ];
        IReadOnlyList<Finding> after =
        [
            F("same", Severity.Medium, 100),
            F("up", Severity.High, 100),
            F("moved", Severity.Medium, 120, evidence: 120),
            F("fresh", Severity.Low, 10),
        ];

        var changes = FindingChanges.Compare(before, after).Select(c => (c.Kind, c.Id)).ToList();

        Assert.Equal([(ChangeKind.New, "fresh"), (ChangeKind.Escalated, "up"), (ChangeKind.Revised, "moved"), (ChangeKind.Resolved, "gone")], changes);
    }

    [Fact]
    public void A_finding_whose_score_moves_but_whose_numbers_do_not_is_not_revised()
    {
        Finding was = F("a", Severity.Medium, 100);
        Finding now = was with { Score = 4.5, Explanation = "reworded" };
        Assert.Empty(FindingChanges.Compare([FindingChanges.Remember(was)], [now]));
    }

    [Fact]
    public void Fingerprint_changes_when_a_figure_the_finding_rests_on_changes()
    {
        Assert.NotEqual(FindingChanges.Fingerprint(F("a", Severity.Low, 100, 100)), FindingChanges.Fingerprint(F("a", Severity.Low, 100, 101)));
    }

    [Fact]
    public void Alert_keys_depend_on_the_change_not_on_the_clock()
    {
        IReadOnlyList<FindingChange> changes = FindingChanges.Compare([], [F("a", Severity.High, 100)]);
        var site = new Uri("http://127.0.0.1:5080/");
        AlertRecord first = AlertComposer.Compose(changes, [], site, DateTimeOffset.UnixEpoch).Single();
        AlertRecord later = AlertComposer.Compose(changes, [], site, DateTimeOffset.UnixEpoch.AddDays(3)).Single();
        Assert.Equal(first.Key, later.Key);
        Assert.Contains("\"link\":\"http://127.0.0.1:5080/findings/a\"", first.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alert_title_names_the_countries_in_words_as_the_findings_do()
    {
        IReadOnlyList<FindingChange> changes = FindingChanges.Compare([], [F("a", Severity.High, 100)]);
        AlertRecord alert = AlertComposer.Compose(changes, [], new Uri("http://127.0.0.1:5080/"), DateTimeOffset.UnixEpoch).Single();
        Assert.Contains("Russia / North Korea (RU-KP)", alert.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Russian Federation", alert.Title, StringComparison.Ordinal);
    }
}
