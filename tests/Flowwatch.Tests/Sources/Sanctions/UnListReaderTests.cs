using Flowwatch.Model.Sanctions;
using Flowwatch.Sources;
using Flowwatch.Sources.Sanctions;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Sources.Sanctions;

public sealed class UnListReaderTests
{
    [Fact]
    public void Reads_all_regimes_with_the_1718_regime_marked()
    {
        SanctionsList list = UnList.Bundled;
        Assert.Equal(80, list.Parties.Count(p => p.IsDprk && p.Kind == PartyKind.Person));
        Assert.Equal(75, list.Parties.Count(p => p.IsDprk && p.Kind == PartyKind.Entity));
        Assert.Contains(list.Parties, p => p.Regime == "Al-Qaida");
        Assert.Equal(new DateTimeOffset(2024, 9, 26, 0, 0, 7, 514, TimeSpan.Zero), list.Generated);
        Assert.Equal("c6ca69960536d56d714dee1981723cdbeb26b2e8da84537a46696269a3942eb1", list.Document.Sha256);
        Assert.Equal(UnListReader.Format, list.Document.Format);
    }

    [Fact]
    public void A_korean_person_has_the_family_name_first_aliases_with_quality_and_a_birth_year()
    {
        DesignatedParty ri = UnList.Bundled.Find("KPi.002")!;
        Assert.Equal(["RI", "JE-SON"], ri.NameParts);
        Assert.Equal("RI", ri.Names[0].FamilyName);
        Assert.Equal(new ListedName("Ri Che-son", AliasQuality.Good), ri.Names[1]);
        Assert.Equal(new BirthDate(BirthDateKind.Exact, null, 1938, 1938), ri.BirthDates.Single());
        Assert.Equal(new DateOnly(2009, 7, 16), ri.ListedOn);
        Assert.Contains("Democratic People's Republic of Korea", ri.Nationalities);
        Assert.True(ri.Line > 0);
    }

    [Fact]
    public void Reads_between_dates_passports_addresses_and_imo_numbers()
    {
        SanctionsList list = UnList.Bundled;
        Assert.Equal(new BirthDate(BirthDateKind.Between, null, 1967, 1969), list.Find("KPi.066")!.BirthDates.Single());
        Assert.Contains("645120196", list.Find("KPi.008")!.Passports);
        Assert.Contains(list.Find("KPe.050")!.Addresses, a => a.Contains("Pyongyang", StringComparison.Ordinal));
        Assert.Equal(["5342883"], list.Find("KPe.022")!.ImoNumbers);
        Assert.Equal(new DateOnly(2017, 8, 5), list.Find("KPe.050")!.ListedOn);
        Assert.Contains(list.Find("KPe.001")!.Names, n => n.Text == "\"KOMID\"" && n.Quality == AliasQuality.AlsoKnownAs);
        Assert.Contains(list.Find("KPi.064")!.Names, n => n.Text == "Choe Sok Min" && n.Quality == AliasQuality.Low);
    }

    [Fact]
    public void Trims_padding_splits_joined_aliases_and_reads_zoned_dates()
    {
        string xml = UnList.Minimal("""
            <INDIVIDUAL><REFERENCE_NUMBER> KPi.900 </REFERENCE_NUMBER><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><FIRST_NAME> RI </FIRST_NAME><SECOND_NAME>WON
              HO</SECOND_NAME><LISTED_ON>2015-03-27-04:00</LISTED_ON>
            <INDIVIDUAL_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Ri Won-ho; Li Yuan Hao</ALIAS_NAME></INDIVIDUAL_ALIAS>
            <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
            <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1964</YEAR></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>
            """);
        SanctionsReadResult read = UnListReader.Read(UnList.File(xml));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        DesignatedParty p = read.List!.Parties.Single();
        Assert.Equal("KPi.900", p.Reference);
        Assert.Equal(["RI", "WON HO"], p.NameParts);
        Assert.Equal(["RI WON HO", "Ri Won-ho", "Li Yuan Hao"], p.Names.Select(n => n.Text));
        Assert.Equal(new DateOnly(2015, 3, 27), p.ListedOn);
        Assert.True(p.BirthDates.Single().Admits(1966));
        Assert.False(p.BirthDates.Single().Admits(1970));
    }

    [Theory]
    [InlineData("<?xml version='1.0'?>\n<!DOCTYPE x [<!ENTITY a 'aaaa'>]>\n<CONSOLIDATED_LIST dateGenerated='2025-01-01T00:00:00Z'/>", SanctionsMessages.MalformedCode)]
    [InlineData("<?xml version='1.0'?>\n<CONSOLIDATED_LIST dateGenerated='2025-01-01T00:00:00Z'>\n<INDIVIDUALS>\n<INDIVIDUAL><REFERENCE_NUMBER>KPi.1", SanctionsMessages.MalformedCode)]
    [InlineData("<?xml version='1.0'?>\n<html/>", SanctionsMessages.NotAListCode)]
    [InlineData("<?xml version='1.0'?>\n<CONSOLIDATED_LIST/>", SanctionsMessages.NotAListCode)]
    [InlineData("<?xml version='1.0'?>\n<CONSOLIDATED_LIST dateGenerated='2025-01-01T00:00:00Z'><INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>", SanctionsMessages.MissingFieldCode)]
    [InlineData("", SanctionsMessages.MalformedCode)]
    public void Refuses_a_bad_file_with_a_code_and_a_place(string xml, string code)
    {
        SanctionsReadResult read = UnListReader.Read(UnList.File(xml, "bad.xml"));
        Assert.True(read.HasErrors);
        Diagnostic error = read.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, error.Code);
        Assert.StartsWith("bad.xml", error.ToString(), StringComparison.Ordinal);
        Assert.Null(read.List);
    }

    [Fact]
    public void A_truncated_file_names_its_line()
    {
        string xml = UnList.Xml;
        SanctionsReadResult read = UnListReader.Read(UnList.File(xml[..(xml.Length / 2)], "cut.xml"));
        Diagnostic error = Assert.Single(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("line ", error.Location, StringComparison.Ordinal);
    }
}
