using System.Globalization;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Eurostat;
using Flowwatch.Sources.TidyCsv;
using Flowwatch.Sources.Workbooks;
using nietras.SeparatedValues;

namespace Flowwatch.Tests.Sources;

/// <summary>
/// Every country label of every real file in samples/real against an expectation list written apart from Flowwatch's
/// own country names (<c>country-labels-expected.csv</c>: each label with the ISO 3166-1 code an analyst reads it as,
/// matched against Debian's iso-codes names and completed by hand; <c>-</c> for a label that is no country: totals,
/// groups, Abkhazia, stateless persons). A label stored under another country, or a country label nobody expected,
/// fails here.
/// </summary>
public sealed class RealFilesCountryLabelsTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "samples", "real");

    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Expected = new(() =>
    {
        var byFile = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        string path = Path.Combine(AppContext.BaseDirectory, "Sources", "country-labels-expected.csv");
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromFile(path);
        foreach (SepReader.Row row in reader)
        {
            string file = row["file"].ToString();
            if (!byFile.TryGetValue(file, out var labels))
            {
                labels = new Dictionary<string, string>(StringComparer.Ordinal);
                byFile.Add(file, labels);
            }

            labels[row["label"].ToString()] = row["iso"].ToString();
        }

        return byFile;
    });

    public static TheoryData<string> Workbooks => new() { "mvd_stst_2016.xls", "rosstat_tourist_trips_by_country_2014-2022_v2.xlsx" };

    public static TheoryData<string> TextFiles => new()
    {
        "eurostat_tps00170_first_permits_sdmxcsv1_labels.csv",
        "eurostat_migr_asyappctza_total_sdmxcsv2_labels.csv",
        "eurostat_migr_resfirst_IE_KP_excerpt.csv",
    };

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Every_row_of_a_workbook_is_stored_under_the_country_its_label_names(string name)
    {
        var file = SourceFile.Load(Path.Combine(Folder, name));
        ReadResult result = SourceFormats.Read(file, CitationCatalog.Empty);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.True(ExcelWorkbook.TryRead(file.Bytes, out List<WorkbookSheet> sheets, out string problem), problem);
        Dictionary<string, string> expected = Expected.Value[name];
        var wrong = new List<string>();
        var labelsStored = new HashSet<string>(StringComparer.Ordinal);
        foreach (Observation o in result.Observations)
        {
            WorkbookSheet sheet = sheets.Single(s => s.Name == o.Provenance.Locator.Sheet);
            int rowNumber = int.Parse(new string(o.Provenance.Locator.Cell!.SkipWhile(char.IsAsciiLetter).ToArray()), CultureInfo.InvariantCulture);
            string label = sheet.Rows.Single(r => r.Number == rowNumber)[0].Trim();
            labelsStored.Add(label);
            if (!expected.TryGetValue(label, out string? iso))
            {
                wrong.Add($"{o.Provenance.Locator}: '{label}' is stored as {o.Key.Partner} but is not in the expectation list");
            }
            else if (iso != o.Key.Partner.Code)
            {
                wrong.Add($"{o.Provenance.Locator}: '{label}' is stored as {o.Key.Partner}, expected {iso}");
            }
        }

        // Every label expected to be a country has figures under that country (the MVD prints Saint Pierre and Miquelon
        // twice with the same figures: the repeat is not kept, the first row is).
        var partners = result.Observations.Select(o => o.Key.Partner.Code).ToHashSet(StringComparer.Ordinal);
        foreach ((string label, string iso) in expected)
        {
            if (iso != "-" && !partners.Contains(iso))
            {
                wrong.Add($"'{label}' ({iso}) has no figures stored");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Distinct().Take(40)));
    }

    [Theory]
    [MemberData(nameof(TextFiles))]
    public void The_countries_of_a_labelled_export_are_those_its_labels_name(string name)
    {
        var file = SourceFile.Load(Path.Combine(Folder, name));
        ReadResult result = SourceFormats.Read(file, CitationCatalog.Empty);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));

        // Each label through the reader's own label resolution (a code such as EL or UK as Eurostat means it).
        var wrong = new List<string>();
        foreach ((string label, string iso) in Expected.Value[name])
        {
            string? code = EurostatLabels.CodeOf("citizen", label);
            string got = code is not null && EurostatCodes.ClassifyCountry(code, out Country country) == EurostatCodeKind.Kept ? country.Code : "-";
            if (got != iso)
            {
                wrong.Add($"'{label}' reads as {got}, expected {iso}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        var expected = Expected.Value[name].Values.ToHashSet(StringComparer.Ordinal);
        Assert.All(result.Observations, o => Assert.Contains(o.Key.Partner.Code, expected));
    }

    [Fact]
    public void The_US_and_the_UK_of_Rosstat_are_the_states_not_their_Virgin_Islands()
    {
        var file = SourceFile.Load(Path.Combine(Folder, "rosstat_tourist_trips_by_country_2014-2022_v2.xlsx"));
        ReadResult result = SourceFormats.Read(file, CitationCatalog.Empty);
        Assert.Contains(result.Observations, o => o.Key.Partner.Code == "US" && o.Key.Dataset.Id == "ru-rosstat-inbound-tourist-trips");
        Assert.Contains(result.Observations, o => o.Key.Partner.Code == "GB" && o.Period.Year == 2014);
        Assert.DoesNotContain(result.Observations, o => o.Key.Partner.Code is "VI" or "VG" or "UM");
    }
}
