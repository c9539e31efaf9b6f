using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Flowwatch.Application.Watching;
using Flowwatch.Store;
using Flowwatch.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Flowwatch.Web.Feeds;

/// <summary>
/// The Atom feed of alerts (RFC 4287) at <c>/feeds/findings.atom</c>: one entry per change `flowwatch watch`
/// recorded (new, escalated, revised, resolved), newest first, for feed readers and Slack or Teams.
/// </summary>
internal static class FindingsFeed
{
    public const string Path = "/feeds/findings.atom";
    private const int Entries = 200;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static IEndpointRouteBuilder MapFindingsFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, StoreView store) =>
        {
            string site = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
            return Results.Bytes(Render(store.RecentAlerts(Entries), site), "application/atom+xml; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }

    internal static byte[] Render(IReadOnlyList<AlertRecord> alerts, string site)
    {
        // Bytes, not a string: the XML declaration must say the encoding the body is really in (UTF-8, no BOM).
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("feed", Atom);
            // A feed's id must not change when the server moves: it names the feed, not an address.
            xml.WriteElementString("id", Atom, "urn:flowwatch:feeds:findings");
            xml.WriteElementString("title", Atom, "Flowwatch: changes in findings");
            xml.WriteElementString("updated", Atom, Stamp(alerts.Count > 0 ? alerts[0].CreatedAt : DateTimeOffset.UnixEpoch));
            Link(xml, site + Path, "self");
            Link(xml, site + "/", "alternate");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "Flowwatch");
            xml.WriteEndElement();
            foreach (AlertRecord alert in alerts)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, "urn:flowwatch:alert:" + alert.Key);
                xml.WriteElementString("title", Atom, alert.Title);
                xml.WriteElementString("updated", Atom, Stamp(alert.CreatedAt));
                Link(xml, site + PageOf(alert), "alternate");
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", alert.Kind);
                xml.WriteEndElement();
                xml.WriteElementString("summary", Atom, Summary(alert));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return bytes.ToArray();
    }

    /// <summary>A finding's page, or for a sanctions-list alert the entry's.</summary>
    private static string PageOf(AlertRecord alert) =>
        alert.FindingId.StartsWith(ListAlertComposer.SubjectPrefix, StringComparison.Ordinal)
            ? "/sanctions/" + Uri.EscapeDataString(alert.FindingId[ListAlertComposer.SubjectPrefix.Length..])
            : "/findings/" + Uri.EscapeDataString(alert.FindingId);

    private static string Summary(AlertRecord alert)
    {
        try
        {
            using JsonDocument body = JsonDocument.Parse(alert.Body);
            if (!body.RootElement.TryGetProperty("finding", out _) && body.RootElement.TryGetProperty("entry", out _))
            {
                // A sanctions-list alert: its title names the entry and the fields; the versions compared follow.
                string versions = $" List: {body.RootElement.GetProperty("release").GetProperty("file").GetString()} (sha256 {body.RootElement.GetProperty("release").GetProperty("sha256").GetString()![..12]}), compared with sha256 {body.RootElement.GetProperty("previous_release").GetProperty("sha256").GetString()![..12]}.";
                return alert.Title + "." + versions;
            }

            string explanation = body.RootElement.GetProperty("finding").GetProperty("explanation").GetString() ?? "";
            string release = body.RootElement.TryGetProperty("release", out JsonElement r) && r.ValueKind == JsonValueKind.Object
                ? $" Release: {r.GetProperty("file").GetString()} (sha256 {r.GetProperty("sha256").GetString()![..12]})."
                : "";
            return $"{alert.Kind}: {explanation}{release}";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // An alert written by another version: its title still says what changed.
            return alert.Title;
        }
    }

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
