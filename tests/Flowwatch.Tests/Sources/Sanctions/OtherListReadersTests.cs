using System.Text;
using Flowwatch.Model.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Sources.Sanctions;

namespace Flowwatch.Tests.Sources.Sanctions;

/// <summary>
/// OFAC's SDN XML, the EU's FSF XML and FollowTheMoney JSON lines, read from the real samples in samples/sanctions
/// (issue 23), and the one reader that picks among them by content.
/// </summary>
public sealed class OtherListReadersTests
{
    private static SourceFile Sample(string name) =>
        SourceFile.Load(Path.Combine(AppContext.BaseDirectory, "samples", "sanctions", name));

    private static SourceFile Text(string text, string name) => new(name, Encoding.UTF8.GetBytes(text));

    private static SanctionsList Read(SourceFile file)
    {
        SanctionsReadResult read = SanctionsReader.Read(file);
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read.List!;
    }

    [Fact]
    public void The_ofac_sample_is_a_list_of_its_own_with_its_publisher_date_and_records()
    {
        SanctionsList list = Read(Sample("ofac-sdn-2014-05-30-excerpt.xml"));
        Assert.Equal(OfacSdnReader.Format, list.Document.Format);
        Assert.Equal(SanctionsList.OfacPublisher, list.Document.Publisher);
        Assert.Equal(new DateTimeOffset(2014, 5, 30, 0, 0, 0, TimeSpan.Zero), list.Generated);
        Assert.Equal(["OFAC-10", "OFAC-15", "OFAC-25", "OFAC-36", "OFAC-39"], list.Parties.Select(p => p.Reference));

        DesignatedParty air = list.Find("OFAC-36")!;
        Assert.Equal(PartyKind.Entity, air.Kind);
        Assert.Equal("CUBA", air.Regime);
        Assert.Equal(new ListedName("AERO-CARIBBEAN", AliasQuality.AlsoKnownAs), air.Names[1]);
        Assert.Equal(["Havana, Cuba"], air.Addresses);

        DesignatedParty person = list.Find("OFAC-15")!;
        Assert.Equal(PartyKind.Person, person.Kind);
        Assert.Equal(new ListedName("Nury de Jesus ABDELNUR", AliasQuality.Primary, "ABDELNUR"), person.Names[0]);
    }

    [Fact]
    public void The_eu_sample_reads_names_dates_citizenship_and_programme()
    {
        SanctionsList list = Read(Sample("eu-fsf-2024-12-11-excerpt.xml"));
        Assert.Equal(EuFsfReader.Format, list.Document.Format);
        Assert.Equal(SanctionsList.EuPublisher, list.Document.Publisher);
        Assert.Equal(new DateTimeOffset(2024, 12, 11, 20, 24, 35, 826, TimeSpan.Zero), list.Generated);
        DesignatedParty saddam = Assert.Single(list.Parties);
        Assert.Equal("EU-13", saddam.Reference);
        Assert.Equal(PartyKind.Person, saddam.Kind);
        Assert.Equal("IRQ", saddam.Regime);
        Assert.Equal(["Saddam Hussein Al-Tikriti", "Abu Ali", "Abou Ali"], saddam.Names.Select(n => n.Text));
        Assert.Equal("Hussein Al-Tikriti", saddam.Names[0].FamilyName);
        Assert.Equal(new BirthDate(BirthDateKind.Exact, new DateOnly(1937, 4, 28), 1937, 1937), saddam.BirthDates.Single());
        Assert.Equal(["IRAQ"], saddam.Nationalities);
        Assert.Equal(new DateOnly(2003, 7, 7), saddam.ListedOn);
        Assert.Equal("UNSC RESOLUTION 1483", saddam.Reason);
    }

    [Fact]
    public void The_followthemoney_sample_holds_the_un_1718_records_with_their_sanctions()
    {
        SanctionsList list = Read(Sample("un-1718-2024-09-26-converted.ftm.jsonl"));
        Assert.Equal(FtmReader.Format, list.Document.Format);
        Assert.Equal("FollowTheMoney: flowwatch_un_1718_converted", list.Document.Publisher);
        Assert.Equal(155, list.Parties.Count); // the Sanction entities are not parties
        DesignatedParty ri = list.Find("un-kpi.002")!;
        Assert.Equal(PartyKind.Person, ri.Kind);
        Assert.Equal("DPRK", ri.Regime);
        Assert.True(ri.IsDprk);
        Assert.Equal("RI", ri.Names[0].FamilyName);
        Assert.Equal(new DateOnly(2009, 7, 16), ri.ListedOn);
        Assert.Contains(ri.Names, n => n.Text == "Ri Che-son" && n.Quality == AliasQuality.AlsoKnownAs);
        Assert.Equal(["5342883"], list.Find("un-kpe.022")!.ImoNumbers);
    }

    [Fact]
    public void The_committed_followthemoney_sample_is_what_the_generator_writes()
    {
        Assert.Equal(Flowwatch.Samples.FtmSamples.UnDprkConverted(), Sample("un-1718-2024-09-26-converted.ftm.jsonl").Bytes);
    }

    [Fact]
    public void Vessels_weak_aliases_programs_and_imo_numbers_of_an_sdn_entry()
    {
        // Synthetic: made here to exercise the reader's rules, not an OFAC record.
        SanctionsList list = Read(Text("""
            <sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">
              <publshInformation><Publish_Date>01/02/2025</Publish_Date></publshInformation>
              <sdnEntry><uid>900001</uid><lastName>SYNTHETIC STAR</lastName><sdnType>Vessel</sdnType>
                <programList><program>DPRK3</program><program>DPRK4</program></programList>
                <akaList><aka><uid>1</uid><type>a.k.a.</type><category>weak</category><lastName>STAR</lastName></aka></akaList>
                <idList><id><uid>2</uid><idType>Vessel Registration Identification</idType><idNumber>IMO 9000001</idNumber></id></idList>
              </sdnEntry>
              <sdnEntry><uid>900002</uid><firstName>Synthetic</firstName><lastName>PERSON</lastName><sdnType>Individual</sdnType>
                <dateOfBirthList><dateOfBirthItem><uid>3</uid><dateOfBirth>circa 1960</dateOfBirth></dateOfBirthItem>
                  <dateOfBirthItem><uid>4</uid><dateOfBirth>01 Feb 1961</dateOfBirth></dateOfBirthItem></dateOfBirthList>
                <idList><id><uid>5</uid><idType>Passport</idType><idNumber>X123</idNumber></id></idList>
              </sdnEntry>
            </sdnList>
            """, "synthetic-sdn.xml"));
        DesignatedParty ship = list.Find("OFAC-900001")!;
        Assert.Equal(PartyKind.Vessel, ship.Kind);
        Assert.Equal("DPRK3, DPRK4", ship.Regime);
        Assert.True(ship.IsDprk);
        Assert.Equal(AliasQuality.Low, ship.Names[1].Quality);
        Assert.Equal(["9000001"], ship.ImoNumbers);
        DesignatedParty person = list.Find("OFAC-900002")!;
        Assert.Equal([new BirthDate(BirthDateKind.Approximately, null, 1960, 1960), new BirthDate(BirthDateKind.Exact, new DateOnly(1961, 2, 1), 1961, 1961)], person.BirthDates);
        Assert.Equal(["X123"], person.Passports);
    }

    public static TheoryData<string, string, string, string> BadFiles => new()
    {
        // name, content, code, what the message names
        { "cut.xml", "<sdnList><publshInformation><Publish_Date>01/02/2025</Publish_Date></publshInformation><sdnEntry><uid>1</uid>", SanctionsMessages.MalformedCode, "line 1" },
        { "no-date.xml", "<sdnList><sdnEntry><uid>1</uid><lastName>X</lastName></sdnEntry></sdnList>", SanctionsMessages.NotAListCode, "Publish_Date" },
        { "no-name.xml", "<sdnList><publshInformation><Publish_Date>01/02/2025</Publish_Date></publshInformation>\n<sdnEntry><uid>1</uid></sdnEntry></sdnList>", SanctionsMessages.MissingFieldCode, "lastName" },
        { "twice.xml", "<sdnList><publshInformation><Publish_Date>01/02/2025</Publish_Date></publshInformation>\n<sdnEntry><uid>1</uid><lastName>A</lastName></sdnEntry>\n<sdnEntry><uid>1</uid><lastName>B</lastName></sdnEntry></sdnList>", SanctionsMessages.DuplicateReferenceCode, "OFAC-1" },
        { "eu-no-date.xml", "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"><sanctionEntity logicalId=\"1\"><nameAlias wholeName=\"A\"/></sanctionEntity></export>", SanctionsMessages.NotAListCode, "generationDate" },
        { "eu-nameless.xml", "<export generationDate=\"2025-01-01T00:00:00Z\">\n<sanctionEntity logicalId=\"1\"><nameAlias wholeName=\"\"/></sanctionEntity></export>", SanctionsMessages.MissingFieldCode, "line 2" },
        { "eu-deep.xml", "<export generationDate=\"2025-01-01T00:00:00Z\"><sanctionEntity logicalId=\"1\">" + string.Concat(Enumerable.Repeat("<a>", 20)) + string.Concat(Enumerable.Repeat("</a>", 20)) + "</sanctionEntity></export>", SanctionsMessages.StructureCode, "deep" },
        { "broken.jsonl", "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]},\"last_change\":\"2025-01-01T00:00:00\"}\n{\"id\": \"b\", \"schema\": ", SanctionsMessages.MalformedCode, "line 2" },
        { "no-id.jsonl", "{\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}", SanctionsMessages.MissingFieldCode, "line 1" },
        { "undated.jsonl", "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}", SanctionsMessages.NotAListCode, "last_change" },
        { "nested.jsonl", "{\"id\":\"a\",\"schema\":\"Person\",\"x\":" + new string('[', 40) + new string(']', 40) + "}", SanctionsMessages.MalformedCode, "line 1" },
        { "advanced.xml", "<Sanctions xmlns=\"https://www.treasury.gov/ofac/DistinctParties/1.0\"></Sanctions>", SanctionsMessages.NotAListCode, "sdn.xml" },
        { "other.xml", "<html><body/></html>", SanctionsMessages.NotAListCode, "<html>" },
        { "blank.xml", "  \n", SanctionsMessages.MalformedCode, "empty" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_is_refused_whole_with_one_clear_error_naming_the_file_and_where(string name, string content, string code, string named)
    {
        SanctionsReadResult read = SanctionsReader.Read(Text(content, name));
        Assert.True(read.HasErrors);
        Assert.Null(read.List);
        Diagnostic error = Assert.Single(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code == code);
        Assert.Equal(name, error.File);
        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_the_export_marks_as_no_target_is_not_a_designated_party()
    {
        SanctionsList list = Read(Text("""
            {"id":"a","schema":"Company","properties":{"name":["Synthetic Listed Co"]},"target":true,"last_change":"2025-01-01T00:00:00"}
            {"id":"b","schema":"Company","properties":{"name":["Synthetic Owner Co"]},"target":false,"last_change":"2025-01-01T00:00:00"}
            {"id":"c","schema":"Address","properties":{"full":["Somewhere"]},"last_change":"2025-01-01T00:00:00"}
            """, "synthetic.ftm.jsonl"));
        Assert.Equal(["a"], list.Parties.Select(p => p.Reference));
    }

    [Theory]
    [InlineData("ofac-sdn-2014-05-30-excerpt.xml", 8192)]
    [InlineData("eu-fsf-2024-12-11-excerpt.xml", 8192)]
    [InlineData("un-1718-2024-09-26-converted.ftm.jsonl", 8192)]
    [InlineData("un-1718-2024-09-26-converted.ftm.jsonl", 60)]   // cut inside the first entity: its schema and id come first
    public void A_lists_first_kilobytes_say_it_is_a_list(string sample, int head)
    {
        byte[] bytes = Sample(sample).Bytes;
        Assert.True(SanctionsReader.LooksLikeList(bytes.AsSpan(0, Math.Min(head, bytes.Length))));
    }

    [Theory]
    [InlineData("<notes><note>not a list</note></notes>")]
    [InlineData("{\"version\": \"2.0\", \"class\": \"dataset\", \"id\": [\"geo\"], \"value\": [1]}")]  // JSON-stat: an id, no schema
    [InlineData("{\n  \"id\": \"x\",\n  \"schema\": \"Person\"\n}")]                                    // pretty-printed: not JSON lines
    [InlineData("{\"properties\": {\"schema\": \"Person\", \"id\": \"x\"}}")]                               // schema and id nested, not the entity's own
    [InlineData("country,purpose,year,value\nKP,study,2024,7887\n")]
    [InlineData("")]
    public void Other_files_do_not_look_like_lists(string text) =>
        Assert.False(SanctionsReader.LooksLikeList(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void The_un_list_looks_like_a_list() =>
        Assert.True(SanctionsReader.LooksLikeList(Flowwatch.Application.Sanctions.BundledSanctionsList.File().Bytes.AsSpan(0, 8192)));
}
