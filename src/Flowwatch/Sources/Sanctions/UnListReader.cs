using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Flowwatch.Model;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Sources.Sanctions;

/// <summary>
/// Reads the UN Security Council Consolidated List (<c>consolidated.xml</c>, all regimes) record by
/// record with a streaming <see cref="XmlReader"/>: DTDs are refused and no external resource is
/// fetched, so a hostile file cannot expand entities or reach the network.
/// </summary>
/// <remarks>
/// Real files pad values with spaces, leave empty alias shells, put several aliases in one
/// <c>ALIAS_NAME</c> separated by "; ", and write dates as <c>2015-03-27-04:00</c>; all are read.
/// For Korean persons <c>FIRST_NAME</c> holds the family name.
/// </remarks>
public static partial class UnListReader
{
    /// <summary>The format name recorded with the list version.</summary>
    public const string Format = "un-consolidated-xml";

    /// <summary>The most characters a list may hold (the 2024 list has 2.2 million).</summary>
    public const long MaxCharacters = SanctionsXml.MaxCharacters;

    /// <summary>How deep elements may nest inside one record (the list's own records go three deep).</summary>
    public const int MaxRecordDepth = SanctionsXml.MaxRecordDepth;

    /// <summary>The most characters one field may hold (the longest in the 2024 list, a reason, has under 3,000).</summary>
    public const int MaxFieldCharacters = SanctionsXml.MaxFieldCharacters;

    // The fields that identify a record: a second one would hide a value. A reason written twice is kept whole instead.
    private static readonly string[] SingleFields = ["REFERENCE_NUMBER", "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME", "UN_LIST_TYPE", "LISTED_ON", "DATAID"];

    /// <summary>Reads the list in <paramref name="file"/>; problems come back as diagnostics, never as exceptions.</summary>
    public static SanctionsReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = new List<Diagnostic>();
        if (file.Bytes.Length == 0)
        {
            problems.Add(Error(file, SanctionsMessages.MalformedCode, "", SanctionsMessages.Empty));
            return new SanctionsReadResult(null, problems);
        }

        XmlReaderSettings settings = SanctionsXml.Settings();
        var records = new ListRecords(file, problems);
        DateTimeOffset? generated = null;
        using var stream = new MemoryStream(file.Bytes, writable: false);
        using var xml = XmlReader.Create(stream, settings);
        var lines = (IXmlLineInfo)xml;
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "CONSOLIDATED_LIST")
            {
                problems.Add(Error(file, SanctionsMessages.NotAListCode, At(lines), SanctionsMessages.NotAList(xml.LocalName)));
                return new SanctionsReadResult(null, problems);
            }

            if (DateTimeOffset.TryParse(xml.GetAttribute("dateGenerated"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset g))
            {
                generated = g.ToUniversalTime();
            }
            else
            {
                problems.Add(Error(file, SanctionsMessages.NotAListCode, At(lines), SanctionsMessages.NoDateGenerated));
            }

            xml.Read();
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "INDIVIDUAL" or "ENTITY")
                {
                    PartyKind kind = xml.LocalName == "INDIVIDUAL" ? PartyKind.Person : PartyKind.Entity;

                    // A record nested too deep, a field too long or a record inside a record: the file is refused whole.
                    if (!records.Take(xml, static n => n is "INDIVIDUAL" or "ENTITY", (record, line) => Record(file, record, kind, line, problems)))
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
            problems.Add(SanctionsXml.Malformed(file, e, SanctionsMessages.UnExpected));
            return new SanctionsReadResult(null, problems);
        }

        if (generated is null || problems.Any(p => p.Severity == DiagnosticSeverity.Error))
        {
            return new SanctionsReadResult(null, problems);
        }

        var document = new SourceDocument(file.Sha256, file.Name, Format, SanctionsList.UnPublisher, DateOnly.FromDateTime(generated.Value.UtcDateTime));
        return new SanctionsReadResult(new SanctionsList(document, generated.Value, records.Parties), problems);
    }

    private static DesignatedParty? Record(SourceFile file, XElement record, PartyKind kind, int line, List<Diagnostic> problems)
    {
        string tag = kind == PartyKind.Person ? "INDIVIDUAL" : "ENTITY";

        // A field the list writes once, written twice, hides one of its values: refuse rather than keep either silently.
        foreach (string single in SingleFields)
        {
            int count = record.Elements(single).Count();
            if (count > 1)
            {
                problems.Add(Error(file, SanctionsMessages.StructureCode, Line(line), SanctionsMessages.Repeated(tag, single, count)));
                return null;
            }
        }

        string reference = Text(record.Element("REFERENCE_NUMBER"));
        string[] parts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];
        var nameParts = parts.Select(p => Text(record.Element(p))).Where(p => p.Length > 0).ToList();
        if (reference.Length == 0 || nameParts.Count == 0)
        {
            problems.Add(Error(file, SanctionsMessages.MissingFieldCode, Line(line), SanctionsMessages.MissingField(tag, reference.Length == 0 ? "REFERENCE_NUMBER" : "FIRST_NAME")));
            return null;
        }

        string regime = Text(record.Element("UN_LIST_TYPE"));
        string? family = kind == PartyKind.Person && regime == DesignatedParty.DprkRegime && nameParts.Count > 1 ? nameParts[0] : null;
        var names = new List<ListedName> { new(string.Join(' ', nameParts), AliasQuality.Primary, family) };
        foreach (XElement alias in record.Elements(tag + "_ALIAS"))
        {
            AliasQuality quality = Quality(Text(alias.Element("QUALITY")));
            foreach (string one in Text(alias.Element("ALIAS_NAME")).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!names.Any(n => string.Equals(n.Text, one, StringComparison.Ordinal)))
                {
                    names.Add(new ListedName(one, quality));
                }
            }
        }

        DateOnly? listedOn = null;
        string listed = Text(record.Element("LISTED_ON"));
        if (listed.Length > 0)
        {
            listedOn = ParseDate(listed);
            if (listedOn is null)
            {
                problems.Add(Warning(file, SanctionsMessages.BadDateCode, Line(line), SanctionsMessages.BadDate(reference, "LISTED_ON", listed)));
            }
        }

        string reason = string.Join(' ', record.Elements("COMMENTS1").Select(Text).Where(t => t.Length > 0));
        var texts = new[] { reason }.Concat(names.Select(n => n.Text));
        return new DesignatedParty
        {
            Reference = reference,
            Kind = kind,
            Regime = regime,
            NameParts = nameParts,
            Names = names,
            ListedOn = listedOn,
            Reason = reason,
            BirthDates = record.Elements("INDIVIDUAL_DATE_OF_BIRTH").Select(BirthDateOf).OfType<BirthDate>().ToList(),
            Nationalities = Values(record.Element("NATIONALITY")),
            Passports = record.Elements("INDIVIDUAL_DOCUMENT")
                .Where(d => Text(d.Element("TYPE_OF_DOCUMENT")).Contains("pas", StringComparison.OrdinalIgnoreCase))
                .Select(d => Text(d.Element("NUMBER"))).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Addresses = record.Elements(tag + "_ADDRESS")
                .Select(a => string.Join(", ", new[] { "STREET", "CITY", "STATE_PROVINCE", "COUNTRY" }.Select(f => Text(a.Element(f))).Where(v => v.Length > 0)))
                .Where(a => a.Length > 0).ToList(),
            ImoNumbers = texts.SelectMany(ImoNumbersIn).Distinct(StringComparer.Ordinal).ToList(),
            Line = line,
        };
    }

    private static BirthDate? BirthDateOf(XElement e)
    {
        string type = Text(e.Element("TYPE_OF_DATE"));
        DateOnly? date = ParseDate(Text(e.Element("DATE")));
        int? year = Year(Text(e.Element("YEAR"))) ?? date?.Year;
        int? from = Year(Text(e.Element("FROM_YEAR")));
        int? to = Year(Text(e.Element("TO_YEAR")));
        return type switch
        {
            "BETWEEN" when from is not null && to is not null => new BirthDate(BirthDateKind.Between, null, from.Value, to.Value),
            "APPROXIMATELY" when year is not null => new BirthDate(BirthDateKind.Approximately, date, year.Value, year.Value),
            _ when year is not null => new BirthDate(BirthDateKind.Exact, date, year.Value, year.Value),
            _ => null,
        };
    }

    private static AliasQuality Quality(string text) => text switch
    {
        "Good" => AliasQuality.Good,
        "a.k.a." => AliasQuality.AlsoKnownAs,
        "f.k.a." => AliasQuality.FormerlyKnownAs,
        "Low" => AliasQuality.Low,
        _ => AliasQuality.Unspecified,
    };

    private static List<string> Values(XElement? e) =>
        e is null ? [] : e.Elements("VALUE").Select(Text).Where(v => v.Length > 0).ToList();

    /// <summary>Reads <c>2017-08-05</c> and the zoned <c>2015-03-27-04:00</c> the list also writes.</summary>
    internal static DateOnly? ParseDate(string text) => SanctionsXml.IsoDate(text);

    private static int? Year(string text) => SanctionsXml.Year(text);

    private static string Text(XElement? e) => SanctionsXml.Text(e);

    private static string Line(int line) => SanctionsXml.Line(line);

    private static string At(IXmlLineInfo info) => Line(info.LineNumber);

    private static Diagnostic Error(SourceFile file, string code, string location, string message) => SanctionsXml.Error(file, code, location, message);

    private static Diagnostic Warning(SourceFile file, string code, string location, string message) => SanctionsXml.Warning(file, code, location, message);

    /// <summary>Finds seven-digit IMO numbers written after "IMO" in free text (reasons, remarks, names).</summary>
    internal static IEnumerable<string> ImoNumbersIn(string text) => ImoPattern().Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\bIMO\b[^0-9]{0,24}?(\d{7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ImoPattern();
}
