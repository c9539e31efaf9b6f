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
        ReadOnlySpan<byte> bytes = Content(file.Bytes);
        if (bytes.IsEmpty)
        {
            return Refuse(file, SanctionsMessages.MalformedCode, "", SanctionsMessages.Empty);
        }

        if (bytes[0] == (byte)'{')
        {
            return FtmReader.Read(file);
        }

        string root;
        try
        {
            root = RootElement(file.Bytes);
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

    /// <summary>
    /// Whether a file that begins with <paramref name="head"/> (its first few kilobytes) is a sanctions list in a format
    /// <see cref="Read"/> reads, by the same signs Read goes by: the root element of an XML list, or a first line that is
    /// a FollowTheMoney entity (an object with a <c>schema</c> and an <c>id</c>). For telling a list apart from data files
    /// and articles where both may lie (a watched folder); a file it takes may still be refused when read whole.
    /// </summary>
    public static bool LooksLikeList(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> bytes = Content(head);
        if (bytes.IsEmpty)
        {
            return false;
        }

        if (bytes[0] == (byte)'{')
        {
            return FtmReader.LooksLikeEntity(bytes);
        }

        if (bytes[0] != (byte)'<')
        {
            return false;
        }

        try
        {
            return RootElement(head.ToArray()) is "CONSOLIDATED_LIST" or "sdnList" or "export";
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>The bytes from the first that is not a byte-order mark or white space.</summary>
    private static ReadOnlySpan<byte> Content(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        int first = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        return first < 0 ? [] : bytes[first..];
    }

    /// <summary>The local name of the document's root element ("" when there is none).</summary>
    /// <exception cref="XmlException">The bytes are not XML up to the root element.</exception>
    private static string RootElement(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var xml = XmlReader.Create(stream, SanctionsXml.Settings());
        xml.MoveToContent();
        return xml.NodeType == XmlNodeType.Element ? xml.LocalName : "";
    }

    /// <summary>The formats this reader reads, for help texts.</summary>
    public static IReadOnlyList<string> Formats { get; } = [UnListReader.Format, OfacSdnReader.Format, EuFsfReader.Format, FtmReader.Format];

    private static SanctionsReadResult Refuse(SourceFile file, string code, string location, string message) =>
        new(null, [SanctionsXml.Error(file, code, location, message)]);
}
