using System.Globalization;

namespace Flowwatch.Benchmarks;

/// <summary>`write-tidy-csv ROWS PATH`: writes the SYNTHETIC tidy CSV of the ingest benchmarks to a file, for
/// measurements that run the command and the sqlite3 shell on the same bytes (bench/ingest-vs-sqlite.sh).</summary>
internal static class WriteTidyCsv
{
    public static int Run(string[] args)
    {
        int rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        string path = args.Length > 1 ? args[1] : "synthetic-tidy.csv";
        SyntheticTidyCsv.WriteForCommand(rows, path);
        return 0;
    }
}
