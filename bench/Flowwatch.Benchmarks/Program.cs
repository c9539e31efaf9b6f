using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Flowwatch.Benchmarks -- --filter '*Ingest*'` runs one group;
// commands that are not benchmarks (evaluations) are dispatched by their first argument in BenchCommands.
if (Flowwatch.Benchmarks.BenchCommands.TryRun(args, out int exit))
{
    return exit;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
