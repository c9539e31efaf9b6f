using System.Reflection;
using Flowwatch.Tests.Support;
using PublicApiGenerator;

namespace Flowwatch.Tests.Architecture;

/// <summary>
/// Every shipped assembly's public surface is approved text (Serilog's habit): a change to it shows in review as a
/// diff of <c>PublicApi/&lt;assembly&gt;.approved.txt</c>, never by accident. The front ends and the chart assembly
/// are applications, not libraries: their approved surface is what a test or a host needs, and should stay small.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Shipped => new(["Flowwatch.Core", "Flowwatch.Store.Postgres", "Flowwatch.Charts", "Flowwatch.Web", "flowwatch"]);

    [Theory]
    [MemberData(nameof(Shipped))]
    public void A_shipped_assembly_public_api_is_the_approved_one(string assembly)
    {
        string api = Assembly.Load(assembly).GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        ApprovedText.Check($"tests/Flowwatch.Tests/Architecture/PublicApi/{assembly}.approved.txt", api);
    }
}
