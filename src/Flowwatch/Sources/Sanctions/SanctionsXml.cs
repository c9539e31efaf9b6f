using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Flowwatch.Sources.Sanctions;

/// <summary>
/// What every sanctions list read from XML shares (the UN, OFAC and EU readers): the safe reader settings, reading one
/// record into an element within bounds, and the messages' locations. One rule for every XML list, tested once.
/// </summary>
internal static class SanctionsXml
{
    /// <summary>The most characters a list may hold (the 2024 UN list has 2.2 million, OFAC's SDN XML about 30 million).</summary>
    public const long MaxCharacters = 256L * 1024 * 1024;

    /// <summary>How deep elements may nest inside one record (the lists' own records go at most five deep).</summary>
    public const int MaxRecordDepth = 8;

    /// <summary>The most characters one field (element text or attribute) may hold.</summary>
    public const int MaxFieldCharacters = 65_536;

    /// <summary>DTDs refused, nothing fetched, a bound on the document: a hostile file cannot expand entities or reach the network.</summary>
    public static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>
    /// Reads one record into an element (local names only, attributes kept), bounded: elements at most
    /// <see cref="MaxRecordDepth"/> deep, text and attributes at most <see cref="MaxFieldCharacters"/> characters a field
    /// (text read in chunks, so a huge field is refused before it is held), and no record inside a record
    /// (<paramref name="isRecord"/>). Null, with the problem added, when a bound is crossed.
    /// </summary>
    public static XElement? ReadRecord(XmlReader xml, SourceFile file, int line, List<Diagnostic> problems, Func<string, bool> isRecord)
    {
        string tag = xml.LocalName;
        int top = xml.Depth;
        var root = new XElement(tag);
        if (!CopyAttributes(xml, root, file, tag, line, problems))
        {
            return null;
        }

        if (xml.IsEmptyElement)
        {
            xml.Read();
            return root;
        }

        var open = new Stack<XElement>();
        open.Push(root);
        char[] chunk = new char[4096];
        var text = new StringBuilder();
        xml.Read();
        while (!xml.EOF && open.Count > 0)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (isRecord(xml.LocalName))
                    {
                        problems.Add(Error(file, SanctionsMessages.StructureCode, Line(((IXmlLineInfo)xml).LineNumber), SanctionsMessages.NestedRecord(tag, line, xml.LocalName)));
                        return null;
                    }

                    if (xml.Depth - top > MaxRecordDepth)
                    {
                        problems.Add(Error(file, SanctionsMessages.StructureCode, Line(((IXmlLineInfo)xml).LineNumber), SanctionsMessages.TooDeep(tag, line, MaxRecordDepth)));
                        return null;
                    }

                    var element = new XElement(xml.LocalName);
                    open.Peek().Add(element);
                    if (!CopyAttributes(xml, element, file, tag, line, problems))
                    {
                        return null;
                    }

                    if (!xml.IsEmptyElement)
                    {
                        open.Push(element);
                    }

                    xml.Read();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    text.Clear();
                    int read;
                    while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        if (text.Length + read > MaxFieldCharacters)
                        {
                            problems.Add(Error(file, SanctionsMessages.StructureCode, Line(((IXmlLineInfo)xml).LineNumber), SanctionsMessages.FieldTooLong(tag, line, open.Peek().Name.LocalName, MaxFieldCharacters)));
                            return null;
                        }

                        text.Append(chunk, 0, read);
                    }

                    open.Peek().Add(new XText(text.ToString()));
                    xml.Read();
                    break;
                case XmlNodeType.EndElement:
                    open.Pop();
                    xml.Read();
                    break;
                default:
                    xml.Read();
                    break;
            }
        }

        return root;
    }

    private static bool CopyAttributes(XmlReader xml, XElement element, SourceFile file, string tag, int line, List<Diagnostic> problems)
    {
        if (!xml.HasAttributes)
        {
            return true;
        }

        for (int i = 0; i < xml.AttributeCount; i++)
        {
            xml.MoveToAttribute(i);
            if (xml.Prefix == "xmlns" || xml.LocalName == "xmlns")
            {
                continue;
            }

            if (xml.Value.Length > MaxFieldCharacters)
            {
                problems.Add(Error(file, SanctionsMessages.StructureCode, Line(((IXmlLineInfo)xml).LineNumber), SanctionsMessages.FieldTooLong(tag, line, element.Name.LocalName + "/@" + xml.LocalName, MaxFieldCharacters)));
                xml.MoveToElement();
                return false;
            }

            element.SetAttributeValue(xml.LocalName, xml.Value);
        }

        xml.MoveToElement();
        return true;
    }

    /// <summary>The element's text with padding trimmed and runs of white space (line breaks inside names) collapsed.</summary>
    public static string Text(XElement? e) => e is null ? "" : Collapse(e.Value);

    /// <summary>The attribute's value, spaces collapsed; empty when absent.</summary>
    public static string Attribute(XElement? e, string name) => Collapse(e?.Attribute(name)?.Value ?? "");

    /// <summary>Runs of white space as one space, trimmed.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Reads <c>2017-08-05</c> and the zoned <c>2015-03-27-04:00</c> the lists also write.</summary>
    public static DateOnly? IsoDate(string text) =>
        text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : null;

    /// <summary>A four-digit year between 1800 and 2200, or null.</summary>
    public static int? Year(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is > 1800 and < 2200 ? y : null;

    /// <summary>"line N" for a known line, else empty.</summary>
    public static string Line(int line) => line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {line}") : "";

    /// <summary>An error in <paramref name="file"/>.</summary>
    public static Diagnostic Error(SourceFile file, string code, string location, string message) =>
        new(DiagnosticSeverity.Error, code, file.Name, location, message);

    /// <summary>A warning in <paramref name="file"/>.</summary>
    public static Diagnostic Warning(SourceFile file, string code, string location, string message) =>
        new(DiagnosticSeverity.Warning, code, file.Name, location, message);

    /// <summary>The refusal of a file that is not well-formed, with the line the parser stopped at.</summary>
    public static Diagnostic Malformed(SourceFile file, XmlException e, string expected) =>
        Error(file, SanctionsMessages.MalformedCode, Line(e.LineNumber), SanctionsMessages.Malformed(e.Message.Split(" Line ", 2)[0].TrimEnd('.', ' '), expected));
}
