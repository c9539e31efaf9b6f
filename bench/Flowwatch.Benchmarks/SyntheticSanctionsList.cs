using System.Globalization;
using System.Security;
using System.Text;
using Flowwatch.Analysis.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Sources.Sanctions;

namespace Flowwatch.Benchmarks;

/// <summary>
/// A SYNTHETIC sanctions list for throughput at scale, made by code from a seed: persons and entities whose words are
/// made of random syllables (no real name is meant), written as a UN-format file and read by the same reader as the
/// real list, and queries drawn from it (as listed, one letter changed, words swapped) or made the same way and not
/// listed. The labels "synthetic" in the file name and the printed figures say what it is.
/// </summary>
internal static class SyntheticSanctionsList
{
    private static readonly string[] Onsets = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "st", "tr", "sh", "ch"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ei"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "l", "s", "m", "k"];
    private static readonly string[] LegalForms = ["Trading Company", "LLC", "Shipping Ltd", "Holdings", "GmbH", "Joint Stock Company", "Corporation", "S.A."];

    /// <summary>A list of <paramref name="entries"/> records (two persons for each entity), read by <see cref="UnListReader"/>.</summary>
    public static SanctionsList Build(int entries, int seed)
    {
        var random = new Random(seed);
        var individuals = new StringBuilder();
        var entities = new StringBuilder();
        for (int i = 0; i < entries; i++)
        {
            bool person = i % 3 != 2;
            string name = person ? PersonName(random) : EntityName(random);
            string record = string.Create(CultureInfo.InvariantCulture,
                $"<DATAID>{1_000_000 + i}</DATAID><VERSIONNUM>1</VERSIONNUM><FIRST_NAME>{SecurityElement.Escape(name)}</FIRST_NAME><UN_LIST_TYPE>SYNTHETIC</UN_LIST_TYPE><REFERENCE_NUMBER>SYN.{i:D6}</REFERENCE_NUMBER><LISTED_ON>2020-01-01</LISTED_ON>");
            (person ? individuals : entities).Append(person ? "<INDIVIDUAL>" : "<ENTITY>").Append(record).Append(person ? "</INDIVIDUAL>\n" : "</ENTITY>\n");
        }

        string xml = $"<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST dateGenerated='2026-01-01T00:00:00Z'><INDIVIDUALS>\n{individuals}</INDIVIDUALS><ENTITIES>\n{entities}</ENTITIES></CONSOLIDATED_LIST>\n";
        SanctionsReadResult read = UnListReader.Read(new SourceFile($"synthetic-{entries}-seed{seed}.xml", Encoding.UTF8.GetBytes(xml)));
        return read.List ?? throw new InvalidOperationException("The synthetic list does not read: " + string.Join("; ", read.Diagnostics));
    }

    /// <summary><paramref name="count"/> queries: half from the list (as listed, a letter changed, words swapped), half made alike and not listed.</summary>
    public static ScreeningQuery[] Queries(SanctionsList list, int count, int seed)
    {
        var random = new Random(seed + 1);
        var queries = new ScreeningQuery[count];
        for (int i = 0; i < count; i++)
        {
            string name;
            if (i % 2 == 1)
            {
                name = random.Next(3) == 0 ? EntityName(random) : PersonName(random);
            }
            else
            {
                name = list.Parties[random.Next(list.Parties.Count)].Name;
                switch (random.Next(3))
                {
                    case 1:
                        int at = random.Next(name.Length);
                        name = name[..at] + (char)('a' + random.Next(26)) + name[Math.Min(name.Length, at + 1)..];
                        break;
                    case 2:
                        string[] words = name.Split(' ');
                        name = string.Join(' ', words.Reverse());
                        break;
                    default:
                        break;
                }
            }

            queries[i] = new ScreeningQuery(name);
        }

        return queries;
    }

    private static string PersonName(Random random) => string.Join(' ', Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Word(random)));

    private static string EntityName(Random random) =>
        string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Word(random))) + " " + LegalForms[random.Next(LegalForms.Length)];

    private static string Word(Random random)
    {
        var word = new StringBuilder();
        int syllables = 2 + random.Next(2);
        for (int s = 0; s < syllables; s++)
        {
            word.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]).Append(Codas[random.Next(Codas.Length)]);
        }

        word[0] = char.ToUpperInvariant(word[0]);
        return word.ToString();
    }
}
