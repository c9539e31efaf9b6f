using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Flowwatch.Model;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Sources.Sanctions;

/// <summary>
/// Reads the EU's consolidated list of persons, groups and entities subject to financial sanctions in the Financial
/// Sanctions Files XML (root <c>export</c>, namespace <c>http://eu.europa.ec/fpi/fsd/export</c>) record by record, with
/// the same bounds as every XML list (<see cref="SanctionsXml"/>).
/// </summary>
/// <remarks>
/// A <c>sanctionEntity</c> is one party: its <c>euReferenceNumber</c> (the reference; <c>EU-</c> and its <c>logicalId</c>
/// when it has none), <c>subjectType/@code</c> (person or enterprise), the programmes of its regulations (the regime),
/// each <c>nameAlias/@wholeName</c> (the first is the primary name; <c>strong="false"</c> is read as a weak alias, and
/// a person's <c>lastName</c> is the family name), <c>remark</c> (the reason), <c>designationDate</c> (or the earliest
/// regulation's entry into force), birth dates (<c>circa="true"</c> as about a year), citizenships, passports and IMO
/// numbers (<c>identification</c>) and addresses. The version's date is the root's <c>generationDate</c>.
/// </remarks>
public static class EuFsfReader
{
    /// <summary>The format name recorded with the list version.</summary>
    public const string Format = "eu-fsf-xml";

    private const string Expected = "the EU financial sanctions file (FSF XML, xmlFullSanctionsList)";

    /// <summary>Reads the list in <paramref name="file"/>; problems come back as diagnostics, never as exceptions.</summary>
    public static SanctionsReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = new List<Diagnostic>();
        var records = new ListRecords(file, problems);
        DateTimeOffset? generated = null;
        using var stream = new MemoryStream(file.Bytes, writable: false);
        using var xml = XmlReader.Create(stream, SanctionsXml.Settings());
        var lines = (IXmlLineInfo)xml;
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "export")
            {
                problems.Add(SanctionsXml.Error(file, SanctionsMessages.NotAListCode, SanctionsXml.Line(lines.LineNumber), SanctionsMessages.WrongRoot(xml.LocalName, "export", Expected)));
                return new SanctionsReadResult(null, problems);
            }

            string? stamp = xml.GetAttribute("generationDate");
            if (DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset g))
            {
                generated = g.ToUniversalTime();
            }
            else
            {
                problems.Add(SanctionsXml.Error(file, SanctionsMessages.NotAListCode, SanctionsXml.Line(lines.LineNumber), SanctionsMessages.NoGenerationDate(stamp)));
            }

            xml.Read();
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sanctionEntity")
                {
                    if (!records.Take(xml, static n => n == "sanctionEntity", (record, line) => Entity(file, record, line, problems)))
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

        if (generated is null || problems.Any(p => p.Severity == DiagnosticSeverity.Error))
        {
            return new SanctionsReadResult(null, problems);
        }

        var document = new SourceDocument(file.Sha256, file.Name, Format, SanctionsList.EuPublisher, DateOnly.FromDateTime(generated.Value.UtcDateTime));
        return new SanctionsReadResult(new SanctionsList(document, generated.Value, records.Parties), problems);
    }

    private static DesignatedParty? Entity(SourceFile file, XElement record, int line, List<Diagnostic> problems)
    {
        string euReference = SanctionsXml.Attribute(record, "euReferenceNumber");
        string logicalId = SanctionsXml.Attribute(record, "logicalId");
        var aliases = record.Elements("nameAlias").Where(a => SanctionsXml.Attribute(a, "wholeName").Length > 0).ToList();
        if ((euReference.Length == 0 && logicalId.Length == 0) || aliases.Count == 0)
        {
            problems.Add(SanctionsXml.Error(file, SanctionsMessages.MissingFieldCode, SanctionsXml.Line(line), SanctionsMessages.MissingField("sanctionEntity", aliases.Count == 0 ? "nameAlias with a wholeName" : "euReferenceNumber or logicalId")));
            return null;
        }

        PartyKind kind = SanctionsXml.Attribute(record.Element("subjectType"), "code") == "person" ? PartyKind.Person : PartyKind.Entity;
        var names = new List<ListedName>();
        foreach (XElement alias in aliases)
        {
            string whole = SanctionsXml.Attribute(alias, "wholeName");
            if (names.Any(n => string.Equals(n.Text, whole, StringComparison.Ordinal)))
            {
                continue;
            }

            string last = SanctionsXml.Attribute(alias, "lastName");
            AliasQuality quality = names.Count == 0 ? AliasQuality.Primary
                : SanctionsXml.Attribute(alias, "strong") == "false" ? AliasQuality.Low : AliasQuality.AlsoKnownAs;
            names.Add(new ListedName(whole, quality, kind == PartyKind.Person && quality == AliasQuality.Primary && last.Length > 0 && last != whole ? last : null));
        }

        XElement primary = aliases[0];
        var nameParts = kind == PartyKind.Person
            ? new[] { "firstName", "middleName", "lastName" }.Select(a => SanctionsXml.Attribute(primary, a)).Where(p => p.Length > 0).ToList()
            : [];
        if (nameParts.Count == 0)
        {
            nameParts = [names[0].Text];
        }

        var regulations = record.Elements("regulation").ToList();
        DateOnly? listedOn = SanctionsXml.IsoDate(SanctionsXml.Attribute(record, "designationDate"))
            ?? regulations.Select(r => SanctionsXml.IsoDate(SanctionsXml.Attribute(r, "entryIntoForceDate"))).Where(d => d is not null).Min();
        var identifications = record.Elements("identification").Select(i => (Type: SanctionsXml.Attribute(i, "identificationTypeCode"), Number: SanctionsXml.Attribute(i, "number"))).Where(i => i.Number.Length > 0).ToList();
        string reason = string.Join(' ', record.Elements("remark").Select(SanctionsXml.Text).Where(t => t.Length > 0));
        return new DesignatedParty
        {
            Reference = euReference.Length > 0 ? euReference : "EU-" + logicalId,
            Kind = kind,
            Regime = string.Join(", ", regulations.Select(r => SanctionsXml.Attribute(r, "programme")).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)),
            NameParts = nameParts,
            Names = names,
            ListedOn = listedOn,
            Reason = reason,
            BirthDates = record.Elements("birthdate").Select(BirthDateOf).OfType<BirthDate>().ToList(),
            Nationalities = record.Elements("citizenship").Select(c => SanctionsXml.Attribute(c, "countryDescription")).Where(c => c.Length > 0 && c != "UNKNOWN").Distinct(StringComparer.Ordinal).ToList(),
            Passports = identifications.Where(i => i.Type.Equals("passport", StringComparison.OrdinalIgnoreCase)).Select(i => i.Number).Distinct(StringComparer.Ordinal).ToList(),
            Addresses = record.Elements("address")
                .Select(a => string.Join(", ", new[] { "street", "city", "zipCode", "region", "countryDescription" }.Select(f => SanctionsXml.Attribute(a, f)).Where(v => v.Length > 0 && v != "UNKNOWN")))
                .Where(a => a.Length > 0).ToList(),
            ImoNumbers = identifications.Where(i => i.Type.Equals("imo", StringComparison.OrdinalIgnoreCase)).SelectMany(i => UnListReader.ImoNumbersIn("IMO " + i.Number))
                .Concat(UnListReader.ImoNumbersIn(reason)).Distinct(StringComparer.Ordinal).ToList(),
            Line = line,
        };
    }

    private static BirthDate? BirthDateOf(XElement e)
    {
        DateOnly? date = SanctionsXml.IsoDate(SanctionsXml.Attribute(e, "birthdate"));
        int? year = SanctionsXml.Year(SanctionsXml.Attribute(e, "year")) ?? date?.Year;
        if (year is null)
        {
            return null;
        }

        return new BirthDate(SanctionsXml.Attribute(e, "circa") == "true" ? BirthDateKind.Approximately : BirthDateKind.Exact, date, year.Value, year.Value);
    }
}
