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

    internal static string Malformed(string detail) => $"not well-formed XML ({detail}); expected the UN Security Council consolidated list (consolidated.xml).";

    internal static string NotAList(string root) => $"the root element is <{root}>; expected <CONSOLIDATED_LIST> (the UN Security Council consolidated list).";

    internal const string NoDateGenerated = "<CONSOLIDATED_LIST> has no valid dateGenerated attribute; expected a timestamp such as 2024-09-26T00:00:07.514Z.";

    internal const string Empty = "the file is empty; expected the UN Security Council consolidated list (XML).";

    internal static string MissingField(string record, string field) => $"<{record}> has no {field}; every record needs one.";

    internal static string BadDate(string reference, string field, string value) =>
        $"{reference}: {field} holds '{value}'; expected a date such as 2017-08-05.";

    internal static string DuplicateReference(string reference, int firstLine) =>
        string.Create(CultureInfo.InvariantCulture, $"{reference} appears again (first at line {firstLine}); expected each reference number once.");
}
