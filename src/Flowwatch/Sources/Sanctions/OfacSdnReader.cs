using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Flowwatch.Model;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Sources.Sanctions;

/// <summary>
/// Reads OFAC's Specially Designated Nationals list in its XML (<c>sdn.xml</c>, root <c>sdnList</c>, in either of the
/// namespaces OFAC has used) record by record, with the same bounds as every XML list (<see cref="SanctionsXml"/>).
/// </summary>
/// <remarks>
/// An <c>sdnEntry</c> is one party: its <c>uid</c> (the reference, written <c>OFAC-36</c> so that it never collides with
/// another list's), <c>sdnType</c> (Individual, Entity, Vessel; Aircraft read as an entity), the name (<c>firstName</c>
/// then <c>lastName</c>, the last name being the family name), the programs (the regime), the aliases with their type
/// (a.k.a., f.k.a., n.k.a.) and category (a weak alias is read as <see cref="AliasQuality.Low"/>), dates of birth,
/// nationalities, passports, addresses, and IMO numbers (an <c>id</c> of type "IMO" or "Vessel Registration
/// Identification", or "IMO 1234567" in the remarks). The version's date is <c>publshInformation/Publish_Date</c>
/// (MM/dd/yyyy); the SDN XML gives no designation dates.
/// </remarks>
public static class OfacSdnReader
{
    /// <summary>The format name recorded with the list version.</summary>
    public const string Format = "ofac-sdn-xml";

    /// <summary>The prefix of the references this reader gives (<c>OFAC-</c> and the entry's uid).</summary>
    public const string ReferencePrefix = "OFAC-";

    private const string Expected = "OFAC's SDN list in XML (sdn.xml)";

    private static readonly string[] SingleFields = ["uid", "firstName", "lastName", "sdnType"];

    /// <summary>Reads the list in <paramref name="file"/>; problems come back as diagnostics, never as exceptions.</summary>
    public static SanctionsReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = new List<Diagnostic>();
        var records = new ListRecords(file, problems);
        DateOnly? published = null;
        using var stream = new MemoryStream(file.Bytes, writable: false);
        using var xml = XmlReader.Create(stream, SanctionsXml.Settings());
        var lines = (IXmlLineInfo)xml;
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "sdnList")
            {
                problems.Add(SanctionsXml.Error(file, SanctionsMessages.NotAListCode, SanctionsXml.Line(lines.LineNumber), SanctionsMessages.WrongRoot(xml.LocalName, "sdnList", Expected)));
                return new SanctionsReadResult(null, problems);
            }

            xml.Read();
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "publshInformation")
                {
                    int at = lines.LineNumber;
                    XElement? info = SanctionsXml.ReadRecord(xml, file, at, problems, static n => n == "sdnEntry");
                    if (info is null)
                    {
                        return new SanctionsReadResult(null, problems);
                    }

                    string date = SanctionsXml.Text(info.Element("Publish_Date"));
                    published = DateOnly.TryParseExact(date, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : null;
                    if (published is null)
                    {
                        problems.Add(SanctionsXml.Error(file, SanctionsMessages.NotAListCode, SanctionsXml.Line(at), SanctionsMessages.NoPublishDate(date)));
                    }
                }
                else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sdnEntry")
                {
                    if (!records.Take(xml, static n => n is "sdnEntry" or "publshInformation", (record, line) => Entry(file, record, line, problems)))
                    {
                        return new SanctionsReadResult(null, problems);
                    }
                }
                else
                {
                    xml.Read();
                }
            }
        }
        catch (XmlException e)
        {
            problems.Add(SanctionsXml.Malformed(file, e, Expected));
            return new SanctionsReadResult(null, problems);
        }

        if (published is null && !problems.Any(p => p.Code == SanctionsMessages.NotAListCode))
        {
            problems.Add(SanctionsXml.Error(file, SanctionsMessages.NotAListCode, "", SanctionsMessages.NoPublishDate(null)));
        }

        if (published is null || problems.Any(p => p.Severity == DiagnosticSeverity.Error))
        {
            return new SanctionsReadResult(null, problems);
        }

        var generated = new DateTimeOffset(published.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var document = new SourceDocument(file.Sha256, file.Name, Format, SanctionsList.OfacPublisher, published);
        return new SanctionsReadResult(new SanctionsList(document, generated, records.Parties), problems);
    }

    private static DesignatedParty? Entry(SourceFile file, XElement record, int line, List<Diagnostic> problems)
    {
        foreach (string single in SingleFields)
        {
            int count = record.Elements(single).Count();
            if (count > 1)
            {
                problems.Add(SanctionsXml.Error(file, SanctionsMessages.StructureCode, SanctionsXml.Line(line), SanctionsMessages.Repeated("sdnEntry", single, count)));
                return null;
            }
        }

        string uid = SanctionsXml.Text(record.Element("uid"));
        string last = SanctionsXml.Text(record.Element("lastName"));
        string firstName = SanctionsXml.Text(record.Element("firstName"));
        if (uid.Length == 0 || last.Length == 0)
        {
            problems.Add(SanctionsXml.Error(file, SanctionsMessages.MissingFieldCode, SanctionsXml.Line(line), SanctionsMessages.MissingField("sdnEntry", uid.Length == 0 ? "uid" : "lastName")));
            return null;
        }

        string type = SanctionsXml.Text(record.Element("sdnType"));
        PartyKind kind = type switch
        {
            "Individual" => PartyKind.Person,
            "Vessel" => PartyKind.Vessel,
            _ => PartyKind.Entity,
        };
        string reference = ReferencePrefix + uid;
        var nameParts = new[] { firstName, last }.Where(p => p.Length > 0).ToList();
        var names = new List<ListedName> { new(string.Join(' ', nameParts), AliasQuality.Primary, kind == PartyKind.Person && firstName.Length > 0 ? last : null) };
        foreach (XElement aka in record.Elements("akaList").Elements("aka"))
        {
            string alias = string.Join(' ', new[] { SanctionsXml.Text(aka.Element("firstName")), SanctionsXml.Text(aka.Element("lastName")) }.Where(p => p.Length > 0));
            AliasQuality quality = SanctionsXml.Text(aka.Element("category")).Equals("weak", StringComparison.OrdinalIgnoreCase)
                ? AliasQuality.Low
                : SanctionsXml.Text(aka.Element("type")) switch
                {
                    "f.k.a." => AliasQuality.FormerlyKnownAs,
                    "a.k.a." or "n.k.a." => AliasQuality.AlsoKnownAs,
                    _ => AliasQuality.Unspecified,
                };
            if (alias.Length > 0 && !names.Any(n => string.Equals(n.Text, alias, StringComparison.Ordinal)))
            {
                names.Add(new ListedName(alias, quality));
            }
        }

        string remarks = SanctionsXml.Text(record.Element("remarks"));
        var ids = record.Elements("idList").Elements("id").Select(i => (Type: SanctionsXml.Text(i.Element("idType")), Number: SanctionsXml.Text(i.Element("idNumber")))).ToList();
        var imo = ids.Where(i => i.Type.Contains("IMO", StringComparison.OrdinalIgnoreCase) || i.Type.StartsWith("Vessel Registration", StringComparison.OrdinalIgnoreCase))
            .SelectMany(i => UnListReader.ImoNumbersIn("IMO " + i.Number.Replace("IMO", "", StringComparison.OrdinalIgnoreCase).Trim()))
            .Concat(UnListReader.ImoNumbersIn(remarks))
            .Distinct(StringComparer.Ordinal).ToList();
        return new DesignatedParty
        {
            Reference = reference,
            Kind = kind,
            Regime = string.Join(", ", record.Elements("programList").Elements("program").Select(SanctionsXml.Text).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)),
            NameParts = nameParts,
            Names = names,
            Reason = remarks,
            BirthDates = record.Elements("dateOfBirthList").Elements("dateOfBirthItem").Select(i => BirthDateOf(SanctionsXml.Text(i.Element("dateOfBirth")))).OfType<BirthDate>().ToList(),
            Nationalities = record.Elements("nationalityList").Elements("nationality").Select(n => SanctionsXml.Text(n.Element("country")))
                .Concat(record.Elements("citizenshipList").Elements("citizenship").Select(n => SanctionsXml.Text(n.Element("country"))))
                .Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Passports = ids.Where(i => i.Type.Contains("Passport", StringComparison.OrdinalIgnoreCase) && i.Number.Length > 0).Select(i => i.Number).Distinct(StringComparer.Ordinal).ToList(),
            Addresses = record.Elements("addressList").Elements("address")
                .Select(a => string.Join(", ", new[] { "address1", "address2", "address3", "city", "stateOrProvince", "postalCode", "country" }.Select(f => SanctionsXml.Text(a.Element(f))).Where(v => v.Length > 0)))
                .Where(a => a.Length > 0).ToList(),
            ImoNumbers = imo,
            Line = line,
        };
    }

    /// <summary>OFAC writes <c>01 Jan 1970</c>, <c>Jan 1970</c>, <c>1970</c> or <c>circa 1970</c>, and ranges as <c>1968 to 1970</c>.</summary>
    private static BirthDate? BirthDateOf(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        bool circa = text.StartsWith("circa", StringComparison.OrdinalIgnoreCase);
        string rest = circa ? text[5..].Trim() : text;
        string[] range = rest.Split(" to ", StringSplitOptions.TrimEntries);
        if (range.Length == 2 && SanctionsXml.Year(range[0][^Math.Min(4, range[0].Length)..]) is int from && SanctionsXml.Year(range[1][^Math.Min(4, range[1].Length)..]) is int to)
        {
            return new BirthDate(BirthDateKind.Between, null, from, to);
        }

        if (DateOnly.TryParseExact(rest, "dd MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            return new BirthDate(circa ? BirthDateKind.Approximately : BirthDateKind.Exact, day, day.Year, day.Year);
        }

        return rest.Length >= 4 && SanctionsXml.Year(rest[^4..]) is int year
            ? new BirthDate(circa ? BirthDateKind.Approximately : BirthDateKind.Exact, null, year, year)
            : null;
    }
}
