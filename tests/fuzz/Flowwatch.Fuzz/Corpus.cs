using System.Globalization;
using System.Text;

namespace Flowwatch.Fuzz;

/// <summary>
/// The CI fuzz corpus: one small seed per sample format, cut from the repository's own samples and bundled
/// figures, and a fixed number of seeded mutants of each, written under one folder per format.
/// </summary>
internal static class Corpus
{
    public static void Write(string repo, string outDir, int perSeed)
    {
        var seeds = new (string Folder, string Name, byte[] Bytes)[]
        {
            ("tidy", "observations.csv", FirstLines(Path.Combine(repo, "data", "dprk-russia", "observations.csv"), 25)),
            ("sdmx", "eurostat-migr_resfirst-synthetic.sdmx.csv", FirstLines(Path.Combine(repo, "samples", "eurostat-migr_resfirst-synthetic.sdmx.csv"), 30)),
            ("tsv", "eurostat-migr_resfirst-synthetic.tsv", File.ReadAllBytes(Path.Combine(repo, "samples", "eurostat-migr_resfirst-synthetic.tsv"))),
            ("fsb-csv", "fsb-entries-2024-H1-synthetic.csv", File.ReadAllBytes(Path.Combine(repo, "samples", "fsb-entries-2024-H1-synthetic.csv"))),
            ("fsb-csv-cp1251", "fsb-entries-2024-YTD09-synthetic-cp1251.csv", File.ReadAllBytes(Path.Combine(repo, "samples", "fsb-entries-2024-YTD09-synthetic-cp1251.csv"))),
            ("fsb-xlsx", "fsb-entries-2024-Q2-synthetic.xlsx", File.ReadAllBytes(Path.Combine(repo, "samples", "fsb-entries-2024-Q2-synthetic.xlsx"))),
        };

        for (int s = 0; s < seeds.Length; s++)
        {
            (string folder, string name, byte[] bytes) = seeds[s];
            string dir = Path.Combine(outDir, folder);
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, name), bytes);
            var mutator = new Mutator(1000 + s);
            string stem = Path.GetFileNameWithoutExtension(name), ext = Path.GetExtension(name);
            for (int i = 1; i <= perSeed; i++)
            {
                File.WriteAllBytes(Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"{stem}.m{i:D3}{ext}")), mutator.Mutate(bytes, ext == ".xlsx"));
            }
        }
    }

    // The header and the first rows, each line whole and the last ended by its newline.
    private static byte[] FirstLines(string path, int count)
    {
        string[] lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
        return Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(count)) + "\n");
    }
}
