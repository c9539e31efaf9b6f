using System.Reflection;

namespace Flowwatch.Tests.Architecture;

/// <summary>
/// The one-way flow holds across assemblies too, not only inside the library: the PostgreSQL engine is a store and
/// knows the model and the store's contract, nothing of readers or analysis; the chart drawing knows findings but
/// neither files nor the store; the web and the command are adapters over the application layer.
/// </summary>
public sealed class AssemblyLayerTests
{
    public static TheoryData<string, string> Forbidden => new()
    {
        { "Flowwatch.Store.Postgres", "Flowwatch.Sources" },
        { "Flowwatch.Store.Postgres", "Flowwatch.Analysis" },
        { "Flowwatch.Store.Postgres", "Flowwatch.Application" },
        { "Flowwatch.Store.Postgres", "Flowwatch.Reports" },
        { "Flowwatch.Store.Postgres", "Flowwatch.Charts" },
        { "Flowwatch.Store.Postgres", "Flowwatch.Web" },
        { "Flowwatch.Charts", "Flowwatch.Sources" },
        { "Flowwatch.Charts", "Flowwatch.Store" },
        { "Flowwatch.Charts", "Flowwatch.Application" },
        { "Flowwatch.Charts", "Flowwatch.Web" },
        { "Flowwatch.Web", "Microsoft.Data.Sqlite" },
        { "Flowwatch.Web", "Npgsql" },
        { "Flowwatch.Web", "Flowwatch.Store.Postgres" },
        { "Flowwatch.Web", "Flowwatch.Cli" },
        { "Flowwatch.Web", "ScottPlot" },
        { "Flowwatch.Web", "Flowwatch.Charts" },
        { "Flowwatch.Web", "Flowwatch.Sources" },
        { "flowwatch", "Microsoft.Data.Sqlite" },
        { "flowwatch", "Npgsql" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void An_assembly_does_not_use_a_stage_outside_its_layer(string assembly, string forbidden)
    {
        var offences = Assembly.Load(assembly).GetTypes()
            .SelectMany(t => TypeDependencies.Of(t).Where(d => InNamespace(d, forbidden)).Select(d => $"{t.FullName} uses {d.FullName}"))
            .Distinct()
            .ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    // The web serves whatever store the composition root (the command, a test host) opened: it names no engine, so
    // that it cannot fall back to one on its own (issue 24: a PostgreSQL store served as SQLite).
    [Fact]
    public void The_web_opens_no_store_engine_itself()
    {
        var offences = Assembly.Load("Flowwatch.Web").GetTypes()
            .SelectMany(t => TypeDependencies.Of(t).Where(IsEngine).Select(d => $"{t.FullName} uses {d.FullName}"))
            .Distinct()
            .ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    private static bool IsEngine(Type t) =>
        InNamespace(t, "Flowwatch.Store") && (t.Name.StartsWith("Sqlite", StringComparison.Ordinal) || t.Name.EndsWith("Dialect", StringComparison.Ordinal));

    private static bool InNamespace(Type t, string prefix) =>
        t.Namespace is { } ns && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));
}
