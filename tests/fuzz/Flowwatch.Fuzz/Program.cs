using System.Diagnostics;
using System.Globalization;
using Flowwatch.Fuzz;
using SharpFuzz;

// flowwatch-fuzz corpus REPO OUT [PER_SEED]   writes the seeds and their seeded mutants (the CI corpus)
// flowwatch-fuzz afl TARGET                   runs TARGET under afl-fuzz (SharpFuzz; see docs/reliability.md)
// flowwatch-fuzz mutate TARGET SECONDS DIR    mutates the files in DIR at random for SECONDS, no coverage
// flowwatch-fuzz replay TARGET FILE           runs one input (a crash the fuzzer saved) and shows what it throws
// Targets: tidy, sdmx, tsv, fsb-csv, fsb-xlsx, formats, claims, names, citations, unlist, article.
if (args.Length >= 2 && args[0] == "corpus")
{
    int perSeed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 120;
    Corpus.Write(args[1], args[2], perSeed);
    return 0;
}

if (args.Length == 2 && args[0] == "afl" && FuzzTargets.All.TryGetValue(args[1], out var afl))
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        afl.Run(buffer.ToArray());
    });
    return 0;
}

if (args.Length == 3 && args[0] == "replay" && FuzzTargets.All.TryGetValue(args[1], out var replay))
{
    // Runs one saved input, so that a crash the fuzzer found shows its exception and stack.
    replay.Run(File.ReadAllBytes(args[2]));
    Console.WriteLine("no crash");
    return 0;
}

if (args.Length == 4 && args[0] == "mutate" && FuzzTargets.All.TryGetValue(args[1], out var target))
{
    byte[][] seeds = [.. Directory.EnumerateFiles(args[3]).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    var mutator = new Mutator(Environment.TickCount);
    var clock = Stopwatch.StartNew();
    TimeSpan budget = TimeSpan.FromSeconds(double.Parse(args[2], CultureInfo.InvariantCulture));
    long runs = 0, crashes = 0;
    bool workbook = target.FileName.EndsWith(".xlsx", StringComparison.Ordinal);
    while (clock.Elapsed < budget)
    {
        byte[] input = mutator.Mutate(seeds[(int)(runs % seeds.Length)], workbook);
        try
        {
            target.Run(input);
        }
        catch (Exception e)
        {
            crashes++;
            string path = Path.Combine(Path.GetTempPath(), $"flowwatch-fuzz-{args[1]}-crash-{crashes}");
            File.WriteAllBytes(path, input);
            Console.Error.WriteLine($"crash {crashes}: {e.GetType().Name}: {e.Message} (input in {path})");
        }

        runs++;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[1]}: {runs:N0} inputs in {clock.Elapsed.TotalSeconds:F0} s ({runs / clock.Elapsed.TotalSeconds:N0}/s), {crashes} crashes"));
    return crashes == 0 ? 0 : 1;
}

Console.Error.WriteLine("usage: flowwatch-fuzz corpus REPO OUT [PER_SEED] | afl TARGET | mutate TARGET SECONDS SEED_DIR | replay TARGET FILE; targets: " + string.Join(", ", FuzzTargets.All.Keys));
return 2;
