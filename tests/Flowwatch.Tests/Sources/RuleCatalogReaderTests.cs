using System.Text;
using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Catalogs;

namespace Flowwatch.Tests.Sources;

public sealed class RuleCatalogReaderTests
{
    private const string Header = "id,instrument,paragraph,adopted,deadline,targets,prohibited,pretexts,summary,source_url";

    private static ReferenceReadResult<Rule> Read(string text) => RuleCatalogReader.Read(new SourceFile("rules.csv", Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Bundled_rules_hold_the_three_UN_measures_with_the_2397_deadline()
    {
        var rules = RuleCatalogReader.LoadBundled().ItemsOrThrow();
        Assert.Equal(["UNSCR-2371-OP11", "UNSCR-2375-OP17", "UNSCR-2397-OP8"], rules.Select(r => r.Id));
        Rule op8 = rules[2];
        Assert.Equal(new DateOnly(2019, 12, 22), op8.Deadline);
        Assert.Equal([Purpose.Study, Purpose.Tourism, Purpose.Business, Purpose.Private], op8.Pretexts);
        Assert.StartsWith("https://undocs.org/S/RES/2397", op8.SourceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_rule_rows_are_each_reported_with_file_line_and_what_was_expected()
    {
        var result = Read(Header + "\nR1,S/RES/1,1,2017-13-01,,KP,work,,s,https://x.org\nR2,S/RES/2,2,2017-01-01,,XX,labour,,s,not-a-url\n");
        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.File == "rules.csv" && d.Location == "line 2" && d.Message.Contains("yyyy-MM-dd", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Location == "line 3" && d.Message.Contains("'XX'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Location == "line 3" && d.Message.Contains("'labour'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Location == "line 3" && d.Message.Contains("URL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rules_file_without_a_required_column_is_refused()
    {
        var result = Read("id,instrument\nR1,x\n");
        Assert.Contains(result.Diagnostics, d => d.Code == SourceMessages.MissingColumnCode && d.Message.Contains("'adopted'", StringComparison.Ordinal));
    }

    [Fact]
    public void Bundled_events_and_capacity_load()
    {
        Assert.Contains(ContextEventReader.LoadBundled().ItemsOrThrow(), e => e.Date == new DateOnly(2025, 8, 8) && e.Kind == "data");
        CapacityFigure c = Assert.Single(CapacityReader.LoadBundled().ItemsOrThrow());
        Assert.Equal(130m, c.Value);
        Assert.Contains("uawire.org", c.Citation.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_with_a_bad_date_is_reported()
    {
        var result = ContextEventReader.Read(new SourceFile("events.csv", Encoding.UTF8.GetBytes("date,title,actors,kind,source_url\n2024-06-31,t,RU,data,https://x.org\n")));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("line 2", d.Location);
    }
}
