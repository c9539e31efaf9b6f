using System.Reflection;
using Flowwatch.Model;

namespace Flowwatch.Tests.Architecture;

/// <summary>
/// The data flow is one-way: Sources -> Store -> Analysis -> Outputs. Model is shared by all and uses
/// none; Analysis never touches files or the database; readers never touch the store.
/// </summary>
public sealed class PipelineTests
{
    private static readonly Assembly Library = typeof(Period).Assembly;

    public static TheoryData<string, string> Forbidden => new()
    {
        { "Flowwatch.Model", "Flowwatch.Sources" },
        { "Flowwatch.Model", "Flowwatch.Store" },
        { "Flowwatch.Model", "Flowwatch.Analysis" },
        { "Flowwatch.Model", "Flowwatch.Application" },
        { "Flowwatch.Model", "Flowwatch.Reports" },
        { "Flowwatch.Sources", "Flowwatch.Store" },
        { "Flowwatch.Sources", "Flowwatch.Analysis" },
        { "Flowwatch.Sources", "Flowwatch.Application" },
        { "Flowwatch.Sources", "Flowwatch.Reports" },
        { "Flowwatch.Store", "Flowwatch.Sources" },
        { "Flowwatch.Store", "Flowwatch.Analysis" },
        { "Flowwatch.Store", "Flowwatch.Application" },
        { "Flowwatch.Store", "Flowwatch.Reports" },
        { "Flowwatch.Analysis", "Flowwatch.Sources" },
        { "Flowwatch.Analysis", "Flowwatch.Store" },
        { "Flowwatch.Analysis", "Flowwatch.Application" },
        { "Flowwatch.Analysis", "Flowwatch.Reports" },
        { "Flowwatch.Analysis", "Microsoft.Data.Sqlite" },
        { "Flowwatch.Analysis", "System.IO.File" },
        { "Flowwatch.Reports", "Flowwatch.Store" },
        { "Flowwatch.Reports", "Flowwatch.Sources" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_stage_does_not_use_a_later_or_unrelated_one(string stage, string forbidden)
    {
        var offences = Library.GetTypes()
            .Where(t => InNamespace(t, stage))
            .SelectMany(t => TypeDependencies.Of(t).Where(d => InNamespace(d, forbidden)).Select(d => $"{t.FullName} uses {d.FullName}"))
            .Distinct()
            .ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [Fact]
    public void The_dependency_walker_sees_what_code_uses()
    {
        // Ingestion (Application) creates readers and calls the store in its method bodies.
        var used = TypeDependencies.Of(typeof(Flowwatch.Application.Ingestion)).Select(t => t.FullName).ToList();
        Assert.Contains("Flowwatch.Sources.SourceFormats", used);
        Assert.Contains("Flowwatch.Store.IObservationStore", used);
    }

    [Fact]
    public void Every_library_type_sits_in_a_stage_namespace()
    {
        string[] stages = ["Flowwatch.Model", "Flowwatch.Sources", "Flowwatch.Store", "Flowwatch.Analysis", "Flowwatch.Application", "Flowwatch.Reports"];
        var strays = Library.GetTypes()
            .Where(t => t.Namespace is not null && t.Namespace.StartsWith("Flowwatch", StringComparison.Ordinal) && !t.Name.StartsWith('<'))
            .Where(t => !stages.Any(s => InNamespace(t, s)))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(strays.Count == 0, string.Join("\n", strays));
    }

    private static bool InNamespace(Type t, string prefix)
    {
        string name = t.FullName ?? t.Name;
        return name.StartsWith(prefix + ".", StringComparison.Ordinal) || name == prefix || (t.Namespace is { } ns && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal)));
    }
}
