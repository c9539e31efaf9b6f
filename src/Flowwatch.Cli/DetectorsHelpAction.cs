using System.CommandLine;
using System.CommandLine.Invocation;
using Flowwatch.Analysis.Detection;

namespace Flowwatch.Cli;

/// <summary>`--help` as System.CommandLine writes it, followed, for the verbs that scan, by the detectors they run: one line each, from the registry.</summary>
internal sealed class DetectorsHelpAction(SynchronousCommandLineAction help, DetectorRegistry registry, IReadOnlyList<Command> scanning) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => help.ClearsParseErrors;

    public override int Invoke(ParseResult parseResult)
    {
        int exit = help.Invoke(parseResult);
        if (scanning.Contains(parseResult.CommandResult.Command) && registry.Detectors.Count > 0)
        {
            int width = registry.Names.Max(n => n.Length);
            Terminal.Out.WriteLine("Detectors:");
            foreach (IDetector detector in registry.Detectors)
            {
                Terminal.Out.WriteLine($"  {detector.Name.PadRight(width)}  {detector.Description}");
            }

            Terminal.Out.WriteLine();
        }

        return exit;
    }
}
