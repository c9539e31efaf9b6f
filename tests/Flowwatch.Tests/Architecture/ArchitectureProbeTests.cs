namespace Flowwatch.Tests.Architecture;

/// <summary>
/// Each rule of <see cref="ArchitectureRules"/> is shown to fail: a planted violation (<c>ArchitectureProbes.cs</c>)
/// is caught with its reason, and a control beside it is not, so a rule that catches nothing or everything fails here.
/// </summary>
public sealed class ArchitectureProbeTests
{
    [Theory]
    [InlineData(typeof(Flowwatch.Analysis.ArchitectureProbes.ReadsAFile), "uses System.IO.File:", "is pure")]
    [InlineData(typeof(Flowwatch.Analysis.ArchitectureProbes.OpensAFileByName), "calls System.IO.StreamReader..ctor", "is pure")]
    [InlineData(typeof(Flowwatch.Analysis.ArchitectureProbes.UsesTheStore), "uses Flowwatch.Store.ObservationQuery", "Analysis may use Model, not Store")]
    [InlineData(typeof(Flowwatch.Analysis.ArchitectureProbes.UsesADatabaseDriver), "uses Microsoft.Data.Sqlite.SqliteConnection", "not on Analysis's allow-list")]
    [InlineData(typeof(Flowwatch.Model.ArchitectureProbes.ReadsTheClock), "calls System.DateTime.get_UtcNow", "is pure")]
    [InlineData(typeof(Flowwatch.Model.ArchitectureProbes.UsesTheNetwork), "uses System.Net.Http.HttpClient", "is pure")]
    [InlineData(typeof(Flowwatch.Model.ArchitectureProbes.UsesAnalysis), "uses Flowwatch.Analysis.Detection.DetectorSuite", "Model may use no other layer, not Analysis")]
    [InlineData(typeof(Flowwatch.Cli.ArchitectureProbes.RunsTheDetectors), "calls Flowwatch.Analysis.Detection.DetectorSuite.Scan", "a domain rule in the front end")]
    public void A_planted_violation_is_caught_with_its_reason(Type probe, string what, string why)
    {
        ArchitectureRules.Layer layer = ArchitectureRules.LayerOf(probe)!;
        var offences = ArchitectureRules.Offences(layer, [probe]).ToList();
        Assert.Contains(offences, o => o.Contains(what, StringComparison.Ordinal) && o.Contains(why, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(typeof(Flowwatch.Analysis.ArchitectureProbes.ReadsWhatItIsGiven))]
    [InlineData(typeof(Flowwatch.Cli.ArchitectureProbes.RendersAFinding))]
    public void Its_control_is_not(Type probe)
    {
        ArchitectureRules.Layer layer = ArchitectureRules.LayerOf(probe)!;
        Assert.Empty(ArchitectureRules.Offences(layer, [probe]));
    }
}
