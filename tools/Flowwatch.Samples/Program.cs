using System.Text;
using Flowwatch.Samples;

// Writes the sample files of every format Flowwatch reads into a folder (samples/ by default).
// Usage: dotnet run --project tools/Flowwatch.Samples -- [folder]
string folder = args.Length > 0 ? args[0] : "samples";
Directory.CreateDirectory(folder);
var files = new (string Name, byte[] Bytes)[]
{
    ("fsb-entries-2024-Q2-synthetic.xlsx", FsbSamples.Quarter2024Q2Xlsx()),
    ("fsb-entries-2024-H1-synthetic.csv", FsbSamples.HalfYear2024Csv()),
    ("fsb-entries-2024-YTD09-synthetic-cp1251.csv", FsbSamples.NineMonths2024Csv()),
    ("eurostat-migr_resfirst-synthetic.sdmx.csv", Encoding.UTF8.GetBytes(EurostatSamples.SdmxCsv())),
    ("eurostat-migr_resfirst-synthetic.tsv", Encoding.UTF8.GetBytes(EurostatSamples.Tsv())),
    (Path.Combine("sanctions", "un-1718-2024-09-26-converted.ftm.jsonl"), FtmSamples.UnDprkConverted()),
};
foreach ((string name, byte[] bytes) in files)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, name))!);
    File.WriteAllBytes(Path.Combine(folder, name), bytes);
    Console.WriteLine($"{Path.Combine(folder, name)} ({bytes.Length} bytes)");
}
