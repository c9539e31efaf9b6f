using System.Text.Json;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

/// <summary>The commands over the real files of samples/real: ingest every one, the DPRK work baseline, thousands shown as such, a scan over all partners.</summary>
public sealed class RealFilesCliTests : IDisposable
{
    private static readonly string Real = Path.Combine(AppContext.BaseDirectory, "samples", "real");
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => _dir.File("fw.db");

    [Fact]
    public void Ingesting_the_real_files_reads_the_mvd_rosstat_and_eurostat_files()
    {
        var (exit, output, _) = CliRunner.Run("ingest", Real, "--db", Db);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("rejected", output, StringComparison.Ordinal);
        Assert.Contains("eurostat_migr_asyappctza_total_sdmxcsv2_labels.csv (eurostat-sdmx-csv): 540 figures", output, StringComparison.Ordinal);

        Assert.Contains("mvd_stst_2016.xls (mvd-migration-xls): 4,233 figures", output, StringComparison.Ordinal);
        Assert.Contains("(rosstat-trips-xlsx)", output, StringComparison.Ordinal);
        Assert.Contains("eurostat_migr_resfirst_IE_KP_excerpt.csv (eurostat-label-code-csv): 18 figures", output, StringComparison.Ordinal);
        Assert.Contains("eurostat_tps00170_first_permits_sdmxcsv1_labels.csv (eurostat-sdmx-csv)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_prints_the_mvd_2016_work_registrations_of_dprk_citizens()
    {
        CliRunner.Run("ingest", Path.Combine(Real, "mvd_stst_2016.xls"), "--db", Db);

        var (exit, output, _) = CliRunner.Run("series", "--partner", "KP", "--dataset", "ru-mvd-primary-registrations-by-purpose", "--breakdown", "work", "--db", Db);

        Assert.Equal(0, exit);
        Assert.Contains("27,417", output, StringComparison.Ordinal);
        Assert.Contains("САЙТ (2-РД страны)!J114", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_are_shown_as_thousands_with_their_unit()
    {
        CliRunner.Run("ingest", Path.Combine(Real, "rosstat_tourist_trips_by_country_2014-2022_v2.xlsx"), "--db", Db);

        var (_, table, _) = CliRunner.Run("series", "--partner", "AM", "--dataset", "ru-rosstat-inbound-tourist-trips", "--by", "year", "--db", Db);
        var (_, json, _) = CliRunner.Run("series", "--partner", "AM", "--dataset", "ru-rosstat-inbound-tourist-trips", "--by", "year", "--format", "json", "--db", Db);

        Assert.Contains("596", table, StringComparison.Ordinal); // the cell stores 596.041; its format 0 prints 596
        Assert.Contains("(thousand trips)", table, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement y2016 = doc.RootElement.EnumerateArray().Single(r => r.GetProperty("period").GetString() == "2016");
        Assert.Equal(596m, y2016.GetProperty("value").GetDecimal());
        Assert.Equal("thousand trips", y2016.GetProperty("unit").GetString());
    }

    [Fact]
    public void Scan_runs_over_every_partner_of_the_real_files()
    {
        CliRunner.Run("ingest", Real, "--db", Db);

        var (exit, json, _) = CliRunner.Run("scan", "--format", "json", "--db", Db);

        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(json);
        var partners = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("partner").GetString()).Distinct().ToList();
        Assert.True(partners.Count >= 10, string.Join(", ", partners));
    }
}
