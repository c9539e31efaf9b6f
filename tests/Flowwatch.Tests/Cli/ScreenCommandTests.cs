using System.Text.Json;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Cli;

public sealed class ScreenCommandTests
{
    [Fact]
    public void Screen_prints_the_json_contract_best_first()
    {
        using var dir = new TempDirectory();
        (int exit, string output, _) = CliRunner.Run("screen", "Lee Je-son", "--format", "json", "--db", dir.File("fw.db"));
        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal("Lee Je-son", doc.RootElement.GetProperty("query").GetString());
        JsonElement first = doc.RootElement.GetProperty("matches")[0];
        Assert.Equal(["reference", "name", "matched_name", "type", "score", "alert", "explanation", "common_name", "list"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("KPi.002", first.GetProperty("reference").GetString());
        Assert.Equal("person", first.GetProperty("type").GetString());
        Assert.True(first.GetProperty("alert").GetBoolean());
    }

    [Fact]
    public void A_file_of_names_prints_one_object_per_line()
    {
        using var dir = new TempDirectory();
        string csv = dir.Write("names.csv", "name,type,dob\n\"RI, Je-son\",person,1938\nKim Jong Un,,\n박도춘,person,\n");
        (int exit, string output, _) = CliRunner.Run("screen", "--file", csv, "--format", "jsonl", "--db", dir.File("fw.db"));
        Assert.Equal(0, exit);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using JsonDocument ri = JsonDocument.Parse(lines[0]);
        Assert.Equal("KPi.002", ri.RootElement.GetProperty("matches")[0].GetProperty("reference").GetString());
        using JsonDocument kim = JsonDocument.Parse(lines[1]);
        Assert.DoesNotContain(kim.RootElement.GetProperty("matches").EnumerateArray(), m => m.GetProperty("alert").GetBoolean());
        using JsonDocument pak = JsonDocument.Parse(lines[2]);
        Assert.Equal("KPi.050", pak.RootElement.GetProperty("matches")[0].GetProperty("reference").GetString());
    }

    [Fact]
    public void A_bad_file_is_refused_with_its_line_and_prints_nothing()
    {
        using var dir = new TempDirectory();
        string csv = dir.Write("names.csv", "name,type,dob\nRi Je Son,person,1938\nPak To Chun,robot,\n");
        (int exit, string output, string error) = CliRunner.Run("screen", "--file", csv, "--format", "jsonl", "--db", dir.File("fw.db"));
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("names.csv, line 3: column 'type' holds 'robot'; expected person, entity, vessel or nothing.", error, StringComparison.Ordinal);

        string noName = dir.Write("nonames.csv", "who\nRi\n");
        (exit, _, error) = CliRunner.Run("screen", "--file", noName, "--db", dir.File("fw.db"));
        Assert.Equal(1, exit);
        Assert.Contains("nonames.csv, line 1: no 'name' column", error, StringComparison.Ordinal);

        string headerOnly = dir.Write("header.csv", "name,type\n");
        (exit, _, error) = CliRunner.Run("screen", "--file", headerOnly, "--db", dir.File("fw.db"));
        Assert.Equal(1, exit);
        Assert.Contains("header.csv: no names under the header", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanctions_diff_compares_two_loaded_versions()
    {
        using var dir = new TempDirectory();
        string db = dir.File("fw.db");
        Assert.Equal(0, CliRunner.Run("screen", "Kim", "--db", db).Exit);
        string newer = dir.Write("consolidated-2025.xml", UnList.AYearOn(UnList.Xml));
        (int exit, string loaded, _) = CliRunner.Run("sanctions", "load", newer, "--db", db);
        Assert.Equal(0, exit);
        Assert.Contains("stored", loaded, StringComparison.Ordinal);
        (exit, string diff, _) = CliRunner.Run("sanctions", "diff", "--regime", "DPRK", "--db", db);
        Assert.Equal(0, exit);
        Assert.Contains("Added: 1, removed: 1, amended: 1", diff, StringComparison.Ordinal);
        Assert.Contains("~ KPi.002  RI JE-SON  [DPRK]: aliases\n    aliases: + \"Lee Je-seon (", diff.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        string broken = dir.Write("broken.xml", "<CONSOLIDATED_LIST dateGenerated='2025-01-01T00:00:00Z'><INDIVIDUALS>");
        (exit, _, string error) = CliRunner.Run("sanctions", "load", broken, "--db", db);
        Assert.Equal(1, exit);
        Assert.Contains("broken.xml, line 1: not well-formed XML", error, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("sanctions", "versions", "--db", db).Out.Split('\n').Count(l => l.Contains(".xml", StringComparison.Ordinal)));
    }

    [Fact]
    public void Verify_marks_a_designated_entity_and_not_an_unlisted_leader()
    {
        using var dir = new TempDirectory();
        string article = dir.Write("article.txt", "Kim Jong Un praised the Mansudae Overseas Project Group, which sent 13,221 workers abroad in 2024.\n");
        (int exit, string output, _) = CliRunner.Run("verify", article, "--format", "json", "--db", BundledStore.At(dir.File("fw.db")));
        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement mark = Assert.Single(doc.RootElement.GetProperty("designated_names").EnumerateArray());
        Assert.Equal("KPe.050", mark.GetProperty("reference").GetString());
        Assert.Equal("2017-08-05", mark.GetProperty("listed_on").GetString());
        Assert.Equal("DPRK", mark.GetProperty("regime").GetString());
        Assert.Contains("exportation of workers", mark.GetProperty("reason").GetString(), StringComparison.Ordinal);
        string text = File.ReadAllText(article);
        Assert.Equal("Mansudae Overseas Project Group", text[mark.GetProperty("start").GetInt32()..mark.GetProperty("end").GetInt32()]);
    }

    [Theory]
    [InlineData("en", "Pak To Chun's deputy met Ri Pyong Chul in Moscow on Tuesday; the talks were arranged by KOMID, diplomats said.\n")]
    [InlineData("de", "Der Stellvertreter Pak To Chuns traf Ri Pyong Chul am Dienstag in Moskau; die Gespräche habe KOMID vermittelt, sagten Diplomaten.\n")]
    [InlineData("ru", "Заместитель Пак То Чхуна встретился с Ри Пхён Чхолем во вторник в Москве; переговоры организовала KOMID, сообщили дипломаты.\n")]
    [InlineData("ko", "박도춘의 대리인은 화요일 모스크바에서 리병철을 만났다. 외교관들에 따르면 회담은 KOMID가 주선했다.\n")]
    public void Verify_marks_the_same_designated_names_in_every_language_of_one_article(string lang, string body)
    {
        using var dir = new TempDirectory();
        string article = dir.Write($"article.{lang}.txt", body);
        (int exit, string output, string error) = CliRunner.Run("verify", article, "--lang", lang, "--format", "json", "--db", BundledStore.At(dir.File("fw.db")));
        Assert.True(exit == 0, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        List<string?> marked = doc.RootElement.GetProperty("designated_names").EnumerateArray().Select(m => m.GetProperty("reference").GetString()).ToList();
        Assert.Equal(["KPi.050", "KPi.076", "KPe.001"], marked);
    }
}
