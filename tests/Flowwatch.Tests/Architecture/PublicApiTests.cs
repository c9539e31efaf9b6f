using Flowwatch.Model;
using Flowwatch.Tests.Support;
using PublicApiGenerator;

namespace Flowwatch.Tests.Architecture;

/// <summary>
/// The library's public surface is approved text (Serilog's habit): a change to it shows in review as a diff of
/// <c>Flowwatch.Core.approved.txt</c>, never by accident.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_library_public_api_is_the_approved_one()
    {
        string api = typeof(Period).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });
        ApprovedText.Check("tests/Flowwatch.Tests/Architecture/PublicApi/Flowwatch.Core.approved.txt", api);
    }
}
