using System.Xml;
using System.Xml.Linq;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Sources.Sanctions;

/// <summary>
/// The records an XML list reader has taken so far: each read within bounds, made a party, and kept unless its reference
/// number came before (that is an error naming both lines). One rule for the UN, OFAC and EU readers.
/// </summary>
internal sealed class ListRecords(SourceFile file, List<Diagnostic> problems)
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>The parties in file order.</summary>
    public List<DesignatedParty> Parties { get; } = [];

    /// <summary>
    /// Reads the record the reader stands on and keeps its party (<paramref name="read"/> gives null, with its problem
    /// added, for a record that cannot be one). False when the record crossed a bound: the file is refused whole.
    /// </summary>
    public bool Take(XmlReader xml, Func<string, bool> isRecord, Func<XElement, int, DesignatedParty?> read)
    {
        int line = ((IXmlLineInfo)xml).LineNumber;
        XElement? record = SanctionsXml.ReadRecord(xml, file, line, problems, isRecord);
        if (record is null)
        {
            return false;
        }

        DesignatedParty? party = read(record, line);
        if (party is null)
        {
            return true;
        }

        if (_seen.TryGetValue(party.Reference, out int first))
        {
            problems.Add(SanctionsXml.Error(file, SanctionsMessages.DuplicateReferenceCode, SanctionsXml.Line(line), SanctionsMessages.DuplicateReference(party.Reference, first)));
            return true;
        }

        _seen[party.Reference] = line;
        Parties.Add(party);
        return true;
    }
}
