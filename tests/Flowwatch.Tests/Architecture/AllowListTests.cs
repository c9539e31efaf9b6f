using System.Reflection;

namespace Flowwatch.Tests.Architecture;

/// <summary>
/// Every layer keeps to its allow-list (<see cref="ArchitectureRules"/>), every shipped type sits in a layer, and the
/// graph in <c>docs/architecture.md</c> is the one the rules hold. Front-end offences that predate the rules are
/// listed in <c>front-end-debt.txt</c>: a new one fails, and one that is gone must be struck from the list, so the
/// list only shrinks.
/// </summary>
public sealed class AllowListTests
{
    private static readonly string DebtFile = Path.Combine(RepositoryRootPath(), "tests", "Flowwatch.Tests", "Architecture", "front-end-debt.txt");

    public static TheoryData<string> LayerNames => new(ArchitectureRules.Layers.Select(l => l.Name));

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void A_layer_uses_only_what_its_allow_list_names(string name)
    {
        ArchitectureRules.Layer layer = ArchitectureRules.Layers.Single(l => l.Name == name);
        List<string> offences = ArchitectureRules.Offences(layer);
        HashSet<string> debt = Debt();
        var fresh = offences.Where(o => !debt.Contains(o)).ToList();
        Assert.True(fresh.Count == 0, $"{fresh.Count} offences in {name}:\n" + string.Join("\n", fresh));
    }

    [Fact]
    public void The_debt_list_holds_only_offences_that_still_occur()
    {
        var all = ArchitectureRules.Layers.SelectMany(ArchitectureRules.Offences).ToHashSet(StringComparer.Ordinal);
        var gone = Debt().Where(d => !all.Contains(d)).ToList();
        Assert.True(gone.Count == 0, "strike these from front-end-debt.txt, they are fixed:\n" + string.Join("\n", gone));
    }

    [Fact]
    public void Every_shipped_type_sits_in_a_layer()
    {
        var strays = ArchitectureRules.Layers.Select(l => l.Assembly).Distinct()
            .SelectMany(a => Assembly.Load(a).GetTypes())
            .Where(t => t.Namespace is not null && !t.Name.StartsWith('<') && ArchitectureRules.LayerOf(t) is null)
            .Where(t => !t.Namespace!.StartsWith("Microsoft.", StringComparison.Ordinal) && !t.Namespace.StartsWith("System.", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(strays.Count == 0, string.Join("\n", strays));
    }

    [Fact]
    public void The_architecture_document_draws_the_graph_the_rules_hold()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryRootPath(), "docs", "architecture.md")).ReplaceLineEndings("\n");
        const string Begin = "<!-- architecture-graph:begin (generated from tests/Flowwatch.Tests/Architecture/ArchitectureRules.cs) -->\n";
        const string End = "<!-- architecture-graph:end -->";
        int from = doc.IndexOf(Begin, StringComparison.Ordinal);
        int to = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/architecture.md has no architecture-graph block");
        string drawn = doc[(from + Begin.Length)..to];
        Assert.True(drawn == ArchitectureRules.Graph(), "docs/architecture.md's graph differs from the rules; put this between its markers:\n" + ArchitectureRules.Graph());
    }

    private static HashSet<string> Debt() =>
        File.ReadLines(DebtFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

    private static string RepositoryRootPath() => Support.RepositoryRoot.Path;
}
