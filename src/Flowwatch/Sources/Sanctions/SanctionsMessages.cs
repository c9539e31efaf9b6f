using System.Globalization;

namespace Flowwatch.Sources.Sanctions;

/// <summary>The sanctions list reader's messages and codes, in one place so that tests can assert on them.</summary>
public static class SanctionsMessages
{
    /// <summary>The file is not well-formed XML (or is truncated).</summary>
    public const string MalformedCode = "FW201";

    /// <summary>The XML is not a UN consolidated list.</summary>
    public const string NotAListCode = "FW202";

    /// <summary>A record lacks its reference number or name.</summary>
    public const string MissingFieldCode = "FW203";

    /// <summary>A date could not be read.</summary>
    public const string BadDateCode = "FW204";

    /// <summary>Two records share a reference number.</summary>
    public const string DuplicateReferenceCode = "FW205";

    /// <summary>A record is malformed in its structure: nested too deep, a field too long, a record inside a record, a single field twice.</summary>
    public const string StructureCode = "FW206";

    /// <summary>The list has far fewer records than the previous version of the same list.</summary>
    public const string ShrinkCode = "FW207";

    internal static string NestedRecord(string record, int line, string inner) =>
        string.Create(CultureInfo.InvariantCulture, $"the <{record}> that starts at line {line} holds an <{inner}>; expected records side by side, never one inside another.");

    internal static string TooDeep(string record, int line, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"the <{record}> that starts at line {line} nests elements more than {max} deep; expected the list's flat record layout.");

    internal static string FieldTooLong(string record, int line, string field, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"<{field}> in the <{record}> that starts at line {line} holds more than {max:N0} characters; expected a name or a short text.");

    internal static string Repeated(string record, string field, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"<{record}> has {count} <{field}> elements; expected one (a second would be ignored, hiding its value).");

    /// <summary>The refusal of a list much smaller than its previous version.</summary>
    public static string Shrunk(int records, int before, DateTimeOffset generated, string sha256) =>
        string.Create(CultureInfo.InvariantCulture, $"the list holds {records:N0} records, {100.0 * (before - records) / before:0}% fewer than the {before:N0} of the version generated {generated:yyyy-MM-dd} (SHA-256 {sha256[..12]}…); a file cut short but well closed looks like this. Load it with --accept-shrink if the publisher did remove them.");

    /// <summary>The warning when a much smaller list is loaded on purpose.</summary>
    public static string ShrunkAccepted(int records, int before) =>
        string.Create(CultureInfo.InvariantCulture, $"the list holds {records:N0} records against {before:N0} in the previous version; stored because --accept-shrink was given.");

    internal const string UnExpected = "the UN Security Council consolidated list (consolidated.xml)";

    internal static string Malformed(string detail, string expected) => $"not well-formed XML ({detail}); expected {expected}.";

    internal static string NotAList(string root) => $"the root element is <{root}>; expected <CONSOLIDATED_LIST> (the UN Security Council consolidated list).";

    internal static string WrongRoot(string root, string expectedRoot, string expected) => $"the root element is <{root}>; expected <{expectedRoot}> ({expected}).";

    internal static string NoPublishDate(string? value) => value is null
        ? "<sdnList> has no <publshInformation><Publish_Date>; expected the date OFAC published the list, such as 05/30/2014."
        : $"<Publish_Date> holds '{value}'; expected the date OFAC published the list, such as 05/30/2014.";

    internal static string NoGenerationDate(string? value) => value is null
        ? "<export> has no generationDate attribute; expected a timestamp such as 2024-12-11T21:24:35.826+01:00."
        : $"<export> generationDate holds '{value}'; expected a timestamp such as 2024-12-11T21:24:35.826+01:00.";

    internal static string FtmLineTooLong(int max) => string.Create(CultureInfo.InvariantCulture, $"the line holds more than {max:N0} bytes; expected one FollowTheMoney entity a line.");

    internal static string FtmNotJson(string detail) => $"not JSON ({detail}); expected one FollowTheMoney entity a line, such as {{\"id\": \"...\", \"schema\": \"Person\", \"properties\": {{\"name\": [\"...\"]}}}}.";

    internal const string FtmNotEntity = "the line is not a FollowTheMoney entity; expected a JSON object with an \"id\" and a \"schema\".";

    internal const string FtmNoDate = "no entity carries a last_change or last_seen date; expected the export's dates (as OpenSanctions writes them), which make the list's version.";

    internal const string FtmNoEntities = "the file holds no entity; expected FollowTheMoney entities, one JSON object a line.";

    internal const string OfacAdvanced = "this is OFAC's advanced sanctions XML (<Sanctions>), which Flowwatch does not read; load OFAC's sdn.xml (the same list, published beside it).";

    internal const string NotASanctionsFile = "expected a sanctions list: the UN consolidated list (XML, <CONSOLIDATED_LIST>), OFAC's SDN list (XML, <sdnList>), the EU's financial sanctions file (XML, <export>) or FollowTheMoney entities (JSON, one object a line).";

    internal const string NoDateGenerated = "<CONSOLIDATED_LIST> has no valid dateGenerated attribute; expected a timestamp such as 2024-09-26T00:00:07.514Z.";

    internal const string Empty = "the file is empty; expected a sanctions list (the UN consolidated list, OFAC's SDN XML, the EU's FSF XML or FollowTheMoney JSON lines).";

    internal static string MissingField(string record, string field) => $"<{record}> has no {field}; every record needs one.";

    internal static string BadDate(string reference, string field, string value) =>
        $"{reference}: {field} holds '{value}'; expected a date such as 2017-08-05.";

    internal static string DuplicateReference(string reference, int firstLine) =>
        string.Create(CultureInfo.InvariantCulture, $"{reference} appears again (first at line {firstLine}); expected each reference number once.");
}
