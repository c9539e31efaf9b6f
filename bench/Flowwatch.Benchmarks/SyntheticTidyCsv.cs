using System.Globalization;
using System.Text;
using Flowwatch.Model;

namespace Flowwatch.Benchmarks;

/// <summary>
/// SYNTHETIC data for benchmarks: a Flowwatch tidy CSV of made-up figures for many countries, purposes
/// and months, seeded so that every run reads the same bytes. None of these numbers is real.
/// </summary>
internal static class SyntheticTidyCsv
{
    // A hundred real country codes, so that a million rows span under a century of months.
    private static readonly string[] Partners = Flowwatch.Model.CountryNames.Default.Countries.Take(100).Select(c => c.Code).ToArray();
    private static readonly string[] Reporters = ["RU", "BY", "KZ", "AM", "KG", "TJ", "UZ", "AZ", "GE", "MD"];
    private static readonly string[] Purposes = ["total", "official", "business", "tourism", "private", "study", "work", "transit", "crew", "other"];

    /// <summary>The bundled dataset catalogue with the synthetic dataset, which a tidy CSV reader must be given to accept it.</summary>
    public static DatasetCatalog Datasets { get; } = DatasetCatalog.Bundled.With(
        new DatasetInfo(SyntheticFlows.Dataset, "SYNTHETIC (bench/Flowwatch.Benchmarks)", "Synthetic entries by purpose", "trips", "purpose"));

    /// <summary>The citation list the rows cite (<c>SYNTH</c>), marked synthetic: a cited id must resolve.</summary>
    public static Flowwatch.Sources.TidyCsv.CitationCatalog Catalog { get; } = Flowwatch.Sources.TidyCsv.CitationCatalog.Read(new Flowwatch.Sources.SourceFile("sources.csv",
        Encoding.UTF8.GetBytes("source_id,outlet,date,language,url,synthetic\nSYNTH,Flowwatch benchmark generator (synthetic; not real data),2026-01-01,en,,yes\n"))).Catalog;

    /// <summary>A reader that resolves the rows' citations.</summary>
    public static Flowwatch.Sources.TidyCsv.TidyCsvReader Reader() => new(Catalog, Datasets);

    public static byte[] Make(int rows, int seed = 42)
    {
        using var text = new StringWriter(new StringBuilder(rows * 64), CultureInfo.InvariantCulture);
        Write(text, rows, seed, SyntheticFlows.Dataset.Id, "SYNTH", null);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// The same rows as a file the command reads on its own, without a citation list beside it or a catalogue of
    /// its own: a catalogued dataset's id (the FSB table's), no citations, and the marker in its first note, so
    /// that the file is synthetic by its own text (bench/ingest-vs-sqlite.sh, which also loads it with sqlite3).
    /// </summary>
    public static void WriteForCommand(int rows, string path, int seed = 42)
    {
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        Write(file, rows, seed, "ru-fsb-entries-by-purpose", "", Flowwatch.Sources.SyntheticMarker.Text + " (bench/Flowwatch.Benchmarks; not real data)");
    }

    private static void Write(TextWriter sb, int rows, int seed, string dataset, string sources, string? firstNote)
    {
        var random = new Random(seed);
        sb.Write("dataset,reporter,partner,breakdown,period,value,flag,sources,note,urls\n");
        int written = 0;
        // Months run over the years a period may name (3,612,000 rows per reporter); past them, the next reporter, so
        // that 10,000,000 rows are all valid figures. The first 3,612,000 rows are the same whatever the row count.
        for (int r = 0; written < rows; r++)
        {
            string reporter = Reporters[r];
            for (int year = Period.MinYear; year <= Period.MaxYear && written < rows; year++)
            {
                for (int month = 1; month <= 12 && written < rows; month++)
                {
                    foreach (string partner in Partners)
                    {
                        foreach (string purpose in Purposes)
                        {
                            if (written == rows)
                            {
                                break;
                            }

                            string note = written == 0 ? firstNote ?? "" : "";
                            sb.Write(string.Create(CultureInfo.InvariantCulture, $"{dataset},{reporter},{partner},{purpose},{year:D4}-{month:D2},{random.Next(0, 250_000)},,{sources},{note},\n"));
                            written++;
                        }
                    }
                }
            }
        }
    }
}
