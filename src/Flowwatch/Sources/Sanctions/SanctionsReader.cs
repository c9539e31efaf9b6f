using System.Xml;

namespace Flowwatch.Sources.Sanctions;

/// <summary>
/// Reads any sanctions list file Flowwatch knows, choosing the reader by the content, never by the file name: the UN
/// consolidated list (<c>CONSOLIDATED_LIST</c>), OFAC's SDN XML (<c>sdnList</c>), the EU's financial sanctions file
/// (<c>export</c>) and FollowTheMoney JSON lines (a line starting with <c>{</c>).
/// </summary>
public static class SanctionsReader
{
    /// <summary>Reads the list in <paramref name="file"/>; problems come back as diagnostics, never as exceptions.</summary>
    public static SanctionsReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ReadOnlySpan<byte> bytes = file.Bytes;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        int first = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0)
        {
            return Refuse(file, SanctionsMessages.MalformedCode, "", SanctionsMessages.Empty);
        }

        if (bytes[first] == (byte)'{')
        {
            return FtmReader.Read(file);
        }

        string root;
        try
        {
            using var stream = new MemoryStream(file.Bytes, writable: false);
            using var xml = XmlReader.Create(stream, SanctionsXml.Settings());
            xml.MoveToContent();
            root = xml.NodeType == XmlNodeType.Element ? xml.LocalName : "";
        }
        catch (XmlException e)
        {
            return new SanctionsReadResult(null, [SanctionsXml.Malformed(file, e, SanctionsMessages.NotASanctionsFile["expected ".Length..].TrimEnd('.'))]);
        }

        return root switch
        {
            "CONSOLIDATED_LIST" => UnListReader.Read(file),
            "sdnList" => OfacSdnReader.Read(file),
            "export" => EuFsfReader.Read(file),
            "Sanctions" => Refuse(file, SanctionsMessages.NotAListCode, "", SanctionsMessages.OfacAdvanced),
            _ => Refuse(file, SanctionsMessages.NotAListCode, "", $"the root element is <{root}>; " + SanctionsMessages.NotASanctionsFile),
        };
    }

    /// <summary>The formats this reader reads, for help texts.</summary>
    public static IReadOnlyList<string> Formats { get; } = [UnListReader.Format, OfacSdnReader.Format, EuFsfReader.Format, FtmReader.Format];

    private static SanctionsReadResult Refuse(SourceFile file, string code, string location, string message) =>
        new(null, [SanctionsXml.Error(file, code, location, message)]);
}
