// Planted violations, compiled into the test assembly under the namespaces of the layers they offend, so that
// ArchitectureProbeTests can show each rule catching its kind. Nothing calls them.
#pragma warning disable IDE0130 // The probes take the namespace of the layer they pretend to be in.
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;

namespace Flowwatch.Analysis.ArchitectureProbes
{
    /// <summary>Analysis reading a file.</summary>
    internal static class ReadsAFile
    {
        public static string Read(string path) => System.IO.File.ReadAllText(path);
    }

    /// <summary>Analysis opening a file by name through a reader.</summary>
    internal static class OpensAFileByName
    {
        public static System.IO.TextReader Open(string path) => new System.IO.StreamReader(path);
    }

    /// <summary>Analysis reaching into the store.</summary>
    internal static class UsesTheStore
    {
        public static object Query() => new Flowwatch.Store.ObservationQuery();
    }

    /// <summary>Analysis reaching for a database driver.</summary>
    internal static class UsesADatabaseDriver
    {
        public static object Open() => new Microsoft.Data.Sqlite.SqliteConnection();
    }

    /// <summary>The control: Analysis reading a text it is given, as analysis does.</summary>
    internal static class ReadsWhatItIsGiven
    {
        public static string First(System.IO.TextReader reader) => reader.ReadLine() ?? string.Empty;
    }
}

namespace Flowwatch.Model.ArchitectureProbes
{
    /// <summary>Model reading the clock.</summary>
    internal static class ReadsTheClock
    {
        public static DateTime Now() => DateTime.UtcNow;
    }

    /// <summary>Model going on the network.</summary>
    internal static class UsesTheNetwork
    {
        public static object Client() => new System.Net.Http.HttpClient();
    }

    /// <summary>Model using a later layer.</summary>
    internal static class UsesAnalysis
    {
        public static object Suite() => DetectorSuite.Default;
    }
}

namespace Flowwatch.Cli.ArchitectureProbes
{
    /// <summary>A front end running the detectors itself: a domain rule outside the application.</summary>
    internal static class RunsTheDetectors
    {
        public static int Count(IReadOnlyList<Observation> figures, DetectionContext context) => DetectorSuite.Default.Scan(figures, context).Count;
    }

    /// <summary>The control: a front end rendering a finding it was given.</summary>
    internal static class RendersAFinding
    {
        public static string Line(Finding f) => $"{f.Severity}: {f.Explanation}";
    }
}
