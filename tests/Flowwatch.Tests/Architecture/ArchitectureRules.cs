using System.Reflection;
using System.Text;

namespace Flowwatch.Tests.Architecture;

/// <summary>
/// The architecture as an allow-list: each layer (a namespace of the library, or a shipped assembly) names the
/// Flowwatch layers and the outside namespaces it may use; anything else is an offence. Model and Analysis are pure on
/// top of that: no file, network, clock, process or console API, whatever namespace it sits in. The front ends render:
/// they may hold the analysis' and the readers' values, never call their methods (a domain rule run from a front end).
/// <c>docs/architecture.md</c> draws the graph these rules hold (<see cref="Graph"/>), and
/// <c>ArchitectureProbeTests</c> plants a violation of each kind and sees it caught.
/// </summary>
internal static class ArchitectureRules
{
    // What every layer may use from the runtime: the base types, collections, text and the compiler's own helpers.
    private static readonly string[] Runtime =
    [
        "System", "System.Buffers", "System.Collections", "System.Globalization", "System.Linq", "System.Text",
        "System.Text.RegularExpressions", "System.Text.Unicode", "System.Runtime.CompilerServices",
        "System.Runtime.InteropServices", "System.Diagnostics.CodeAnalysis", "System.CodeDom.Compiler",
        "System.Threading", "System.Reflection", "System.ComponentModel", "System.Numerics",
    ];

    private static readonly string[] Json = ["System.Text.Json", "System.Text.Encodings.Web"];

    /// <summary>Every layer, from the innermost out.</summary>
    public static IReadOnlyList<Layer> Layers { get; } =
    [
        new("Model", "Flowwatch.Core", "Flowwatch.Model", [], [.. Json, "System.IO", "nietras.SeparatedValues"], Pure: true),
        new("Sources", "Flowwatch.Core", "Flowwatch.Sources", ["Model"],
            [.. Json, "System.IO", "System.Data", "System.Xml", "System.Security.Cryptography", "System.Runtime.Serialization", "ExcelDataReader", "ExcelNumberFormat", "nietras.SeparatedValues"]),
        new("Store", "Flowwatch.Core", "Flowwatch.Store", ["Model"],
            [.. Json, "System.IO", "System.Data", "System.Runtime.Serialization", "Microsoft.Data.Sqlite", "SQLitePCL"]),
        new("Analysis", "Flowwatch.Core", "Flowwatch.Analysis", ["Model"], [.. Json, "System.IO", "System.Security.Cryptography", "nietras.SeparatedValues"], Pure: true),
        new("Reports", "Flowwatch.Core", "Flowwatch.Reports", ["Model", "Analysis"], [.. Json]),
        new("Application", "Flowwatch.Core", "Flowwatch.Application", ["Model", "Sources", "Store", "Analysis", "Reports"],
            [.. Json, "System.IO", "System.Net.Http", "System.Security.Cryptography", "System.Threading.Tasks", "nietras.SeparatedValues", "Polly", "Microsoft.Extensions.Logging"]),
        new("Store.Postgres", "Flowwatch.Store.Postgres", "Flowwatch.Store.Postgres", ["Model", "Store"], ["System.Data.Common", "Npgsql", "NpgsqlTypes"]),
        new("Charts", "Flowwatch.Charts", "Flowwatch.Charts", ["Model", "Analysis", "Reports"], ["System.IO", "ScottPlot", "SkiaSharp"]),
        new("Web", "Flowwatch.Web", "Flowwatch.Web", ["Model", "Store", "Analysis", "Application", "Reports"],
            [.. Json, "System.IO", "System.Xml", "System.Diagnostics", "System.Security.Cryptography", "System.Threading.Tasks", "System.Runtime.ExceptionServices", "System.ServiceModel.Syndication", "Microsoft.AspNetCore", "Microsoft.Extensions", "Microsoft.OpenApi", "Microsoft.Net.Http.Headers"],
            FrontEnd: true),
        new("Cli", "flowwatch", "Flowwatch.Cli", ["Model", "Sources", "Store", "Store.Postgres", "Analysis", "Application", "Reports", "Charts", "Web"],
            [.. Json, "System.IO", "System.Net", "System.Threading.Tasks", "System.CommandLine", "Spectre.Console", "Microsoft.AspNetCore", "Microsoft.Extensions", "Microsoft.OpenApi"],
            FrontEnd: true),
    ];

    /// <summary>What a pure layer may not touch, by type: files, the network, processes, the console.</summary>
    private static readonly string[] ImpureTypes =
    [
        "System.IO.File", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo", "System.IO.FileStream",
        "System.IO.FileSystemInfo", "System.IO.Path", "System.IO.DriveInfo", "System.IO.FileSystemWatcher",
        "System.Diagnostics.Process", "System.Diagnostics.Stopwatch", "System.Console",
    ];

    /// <summary>What a pure layer may not touch, by namespace.</summary>
    private static readonly string[] ImpureNamespaces = ["System.Net"];

    /// <summary>The clock and the process' environment, read directly: a pure layer is given them (a <see cref="TimeProvider"/>, a value).</summary>
    private static readonly (string Type, string Member)[] ImpureMembers =
    [
        ("System.DateTime", "get_Now"), ("System.DateTime", "get_UtcNow"), ("System.DateTime", "get_Today"),
        ("System.DateTimeOffset", "get_Now"), ("System.DateTimeOffset", "get_UtcNow"), ("System.TimeProvider", "get_System"),
        ("System.Environment", "GetEnvironmentVariable"), ("System.Environment", "get_CurrentDirectory"), ("System.Environment", "get_TickCount64"),
        ("System.Environment", "get_TickCount"), ("System.Environment", "GetCommandLineArgs"), ("System.Environment", "Exit"),
    ];

    /// <summary>The Flowwatch layers a front end may hold values of but never run: a call into them is a domain rule in the front end.</summary>
    private static readonly string[] RunOnlyThroughApplication = ["Analysis", "Sources"];

    /// <summary>The layer a type of the library or of a shipped assembly belongs to, by its namespace.</summary>
    public static Layer? LayerOf(Type type)
    {
        string ns = type.Namespace ?? string.Empty;
        return Layers
            .Where(l => ns == l.Namespace || ns.StartsWith(l.Namespace + ".", StringComparison.Ordinal))
            .MaxBy(l => l.Namespace.Length);
    }

    /// <summary>Every offence of <paramref name="types"/> against the rules of <paramref name="layer"/>, one line each.</summary>
    public static IEnumerable<string> Offences(Layer layer, IEnumerable<Type> types)
    {
        foreach (Type t in types)
        {
            foreach (Type used in TypeDependencies.Of(t))
            {
                if (Offence(layer, used) is { } why)
                {
                    yield return $"{Name(t)} uses {Name(used)}: {why}";
                }
            }

            foreach (MemberInfo member in TypeDependencies.MembersUsed(t))
            {
                if (Offence(layer, member) is { } why)
                {
                    yield return $"{Name(t)} calls {Name(member.DeclaringType!)}.{member.Name}: {why}";
                }
            }
        }
    }

    /// <summary>The offences of a whole layer, as shipped.</summary>
    public static List<string> Offences(Layer layer) =>
        Offences(layer, Assembly.Load(layer.Assembly).GetTypes().Where(t => LayerOf(t) == layer)).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The dependency graph between Flowwatch layers as the rules allow it, as a Mermaid flowchart: the block
    /// <c>docs/architecture.md</c> shows between its <c>architecture-graph</c> markers.
    /// </summary>
    public static string Graph()
    {
        var text = new StringBuilder();
        text.Append("```mermaid\nflowchart RL\n");
        foreach (Layer l in Layers)
        {
            string shape = l.Pure ? $"{Id(l.Name)}([\"{l.Name} (pure)\"])" : l.FrontEnd ? $"{Id(l.Name)}[/\"{l.Name} (front end)\"/]" : $"{Id(l.Name)}[\"{l.Name}\"]";
            text.Append("  ").Append(shape).Append('\n');
        }

        foreach (Layer l in Layers)
        {
            foreach (string to in l.Uses)
            {
                string arrow = l.FrontEnd && RunOnlyThroughApplication.Contains(to) ? " -. values only .-> " : " --> ";
                text.Append("  ").Append(Id(l.Name)).Append(arrow).Append(Id(to)).Append('\n');
            }
        }

        return text.Append("```\n").ToString();
    }

    private static string? Offence(Layer layer, Type used)
    {
        if (used.IsGenericParameter || used.Namespace is null)
        {
            return null;
        }

        string ns = used.Namespace;
        if (ns.StartsWith("Flowwatch", StringComparison.Ordinal))
        {
            Layer? target = LayerOf(used);
            if (target is null || target == layer || layer.Uses.Contains(target.Name))
            {
                return null;
            }

            return $"{layer.Name} may use {(layer.Uses.Count == 0 ? "no other layer" : string.Join(", ", layer.Uses))}, not {target.Name}";
        }

        if (layer.Pure && (ImpureTypes.Contains(used.FullName) || ImpureNamespaces.Any(n => Within(ns, n))))
        {
            return $"{layer.Name} is pure: no file, network, process or console API";
        }

        return Runtime.Any(n => Within(ns, n)) || layer.Outside.Any(n => Within(ns, n)) || ns.StartsWith("<", StringComparison.Ordinal) || ns == "Microsoft.CodeAnalysis"
            ? null
            : $"{ns} is not on {layer.Name}'s allow-list";
    }

    private static string? Offence(Layer layer, MemberInfo member)
    {
        if (member is Type || member.DeclaringType is not { } owner)
        {
            return null;
        }

        if (layer.Pure && (ImpureMembers.Contains((owner.FullName ?? string.Empty, member.Name)) || OpensAFile(member)))
        {
            return $"{layer.Name} is pure: it is given the clock, the environment and open streams, it does not reach for them";
        }

        if (layer.FrontEnd && member is MethodBase method && LayerOf(owner) is { } target && RunOnlyThroughApplication.Contains(target.Name) && !IsValueAccess(method))
        {
            return $"a front end runs {target.Name} only through Application (a domain rule in the front end)";
        }

        return null;
    }

    // new StreamReader("path"), new StreamWriter("path"): a file opened by name.
    private static bool OpensAFile(MemberInfo member) =>
        member is ConstructorInfo c
        && c.DeclaringType?.FullName is "System.IO.StreamReader" or "System.IO.StreamWriter"
        && c.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(string);

    // Reading a value a use case returned: its properties, its record members, its construction as a request, its
    // exception's message. Anything else on an Analysis or Sources type runs the domain.
    private static bool IsValueAccess(MethodBase method) =>
        method.IsConstructor
        || method.IsSpecialName
        || method.Name is "ToString" or "Equals" or "GetHashCode" or "Deconstruct" or "<Clone>$" or "PrintMembers"
        || method.DeclaringType!.IsEnum
        || typeof(Exception).IsAssignableFrom(method.DeclaringType);

    private static bool Within(string ns, string prefix) => ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

    private static string Id(string name) => name.Replace(".", string.Empty, StringComparison.Ordinal);

    private static string Name(Type t) => t.FullName ?? t.Name;

    /// <summary>A layer: its name, the assembly it ships in, its namespace, the layers it may use, the outside namespaces it may use.</summary>
    public sealed record Layer(string Name, string Assembly, string Namespace, IReadOnlyList<string> Uses, IReadOnlyList<string> Outside, bool Pure = false, bool FrontEnd = false);
}
