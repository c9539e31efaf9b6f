using System.Globalization;
using System.Text;
using System.Text.Json;
using Flowwatch.Application.Sanctions;
using Flowwatch.Model.Sanctions;
using Flowwatch.Sources.Sanctions;

namespace Flowwatch.Samples;

/// <summary>
/// A FollowTheMoney file written by code from the bundled UN list: the 1718 (DPRK) records of the UN consolidated list
/// of 2024-09-26, each as a <c>Person</c> or <c>Organization</c> entity with its names, dates of birth, nationalities and
/// passports, and a <c>Sanction</c> entity with the regime, the date listed and the reason. Every value is the UN list's;
/// the layout is FollowTheMoney's. It is not a file OpenSanctions published: its dataset is named
/// <c>flowwatch_un_1718_converted</c> so that it can never pass for one.
/// </summary>
public static class FtmSamples
{
    /// <summary>The dataset name the converted entities carry.</summary>
    public const string Dataset = "flowwatch_un_1718_converted";

    /// <summary>The file: one entity a line, LF line ends, UTF-8 without BOM.</summary>
    public static byte[] UnDprkConverted()
    {
        SanctionsList list = UnListReader.Read(BundledSanctionsList.File()).List!;
        string stamp = list.Generated.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        foreach (DesignatedParty p in list.Parties.Where(p => p.IsDprk))
        {
            string id = "un-" + p.Reference.ToLowerInvariant();
            var properties = new Dictionary<string, List<string>>(StringComparer.Ordinal)
            {
                ["name"] = [p.Name],
                ["alias"] = p.Names.Skip(1).Where(n => n.Quality is not (AliasQuality.Low or AliasQuality.FormerlyKnownAs)).Select(n => n.Text).ToList(),
                ["previousName"] = p.Names.Where(n => n.Quality == AliasQuality.FormerlyKnownAs).Select(n => n.Text).ToList(),
                ["weakAlias"] = p.Names.Where(n => n.Quality == AliasQuality.Low).Select(n => n.Text).ToList(),
            };
            if (p.Kind == PartyKind.Person)
            {
                properties["lastName"] = p.Names[0].FamilyName is { } family ? [family] : [];
                properties["birthDate"] = p.BirthDates.Where(b => b.Kind == BirthDateKind.Exact).Select(b => b.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? b.FromYear.ToString(CultureInfo.InvariantCulture)).ToList();
                properties["nationality"] = [.. p.Nationalities];
                properties["passportNumber"] = [.. p.Passports];
            }

            properties["address"] = [.. p.Addresses];
            properties["imoNumber"] = [.. p.ImoNumbers];
            Line(text, id, p.Kind == PartyKind.Person ? "Person" : "Organization", properties, stamp, target: true);
            var sanction = new Dictionary<string, List<string>>(StringComparer.Ordinal)
            {
                ["entity"] = [id],
                ["program"] = [p.Regime],
                ["authority"] = ["UN Security Council"],
                ["listingDate"] = p.ListedOn is { } d ? [d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] : [],
                ["reason"] = p.Reason.Length > 0 ? [p.Reason] : [],
            };
            Line(text, id + "-sanction", "Sanction", sanction, stamp, target: false);
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static void Line(StringBuilder text, string id, string schema, Dictionary<string, List<string>> properties, string stamp, bool target)
    {
        var entity = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["schema"] = schema,
            ["properties"] = properties.Where(kv => kv.Value.Count > 0).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            ["datasets"] = new[] { Dataset },
            ["target"] = target,
            ["last_change"] = stamp,
        };
        text.Append(JsonSerializer.Serialize(entity, Options)).Append('\n');
    }

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
