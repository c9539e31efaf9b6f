using System.Globalization;
using System.Text.Json;
using Flowwatch.Model;
using Flowwatch.Model.Sanctions;

namespace Flowwatch.Sources.Sanctions;

/// <summary>
/// Reads FollowTheMoney entities as JSON lines (one entity a line, as OpenSanctions and Aleph export them:
/// <c>id</c>, <c>schema</c>, <c>properties</c>, <c>datasets</c>, <c>target</c>, <c>last_change</c> ...) into a list.
/// </summary>
/// <remarks>
/// <c>Person</c> entities are persons, <c>Vessel</c> entities vessels, and <c>Organization</c>, <c>Company</c>,
/// <c>LegalEntity</c>, <c>PublicBody</c> and <c>Airplane</c> entities entities; an entity marked <c>"target": false</c>
/// (a related party the export carries, not a designated one) and every other schema are not parties. A
/// <c>Sanction</c> entity gives its <c>entity</c>'s regime (<c>program</c>, else <c>programId</c>), designation date
/// (<c>listingDate</c>, else <c>startDate</c>) and reason. The properties read: <c>name</c> (the first is the primary
/// name), <c>alias</c>, <c>previousName</c>, <c>weakAlias</c> (a weak alias), <c>lastName</c> (the family name),
/// <c>birthDate</c>, <c>nationality</c>, <c>citizenship</c>, <c>passportNumber</c>, <c>address</c>, <c>imoNumber</c>,
/// <c>notes</c>. The version's date is the latest <c>last_change</c> (else <c>last_seen</c>) of its entities; the
/// publisher names the datasets. Each line is bounded (<see cref="MaxLineBytes"/>, JSON nested at most
/// <see cref="MaxDepth"/> deep); a line that is not an entity refuses the file with its line number.
/// </remarks>
public static class FtmReader
{
    /// <summary>The format name recorded with the list version.</summary>
    public const string Format = "ftm-json";

    /// <summary>The most bytes one line (one entity) may hold.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    /// <summary>How deep one entity's JSON may nest (an entity goes three deep).</summary>
    public const int MaxDepth = 16;

    private static readonly Dictionary<string, PartyKind> PartySchemas = new(StringComparer.Ordinal)
    {
        ["Person"] = PartyKind.Person,
        ["Vessel"] = PartyKind.Vessel,
        ["Organization"] = PartyKind.Entity,
        ["Company"] = PartyKind.Entity,
        ["LegalEntity"] = PartyKind.Entity,
        ["PublicBody"] = PartyKind.Entity,
        ["Airplane"] = PartyKind.Entity,
    };

    private sealed record Entity(string Id, string Schema, int Line, JsonElement Properties, IReadOnlyList<string> Datasets, bool Target);

    /// <summary>
    /// Whether <paramref name="head"/> (the start of a file, white space trimmed) begins with a FollowTheMoney entity: a
    /// JSON object whose own properties include a string <c>schema</c> and a string <c>id</c>. Read token by token, so a
    /// head cut inside the first line still answers; other JSON (a JSON-stat table, a pretty-printed object) does not.
    /// </summary>
    public static bool LooksLikeEntity(ReadOnlySpan<byte> head)
    {
        int end = head.IndexOf((byte)'\n');
        var reader = new Utf8JsonReader(end < 0 ? head : head[..end], isFinalBlock: end >= 0, new JsonReaderState(new JsonReaderOptions { MaxDepth = MaxDepth }));
        bool schema = false, id = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && !(schema && id))
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    bool isSchema = reader.ValueTextEquals("schema"u8), isId = reader.ValueTextEquals("id"u8);
                    if (!reader.Read())
                    {
                        break;
                    }

                    schema |= isSchema && reader.TokenType == JsonTokenType.String;
                    id |= isId && reader.TokenType == JsonTokenType.String;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return schema && id;
    }

    /// <summary>Reads the entities in <paramref name="file"/>; problems come back as diagnostics, never as exceptions.</summary>
    public static SanctionsReadResult Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = new List<Diagnostic>();
        var entities = new List<Entity>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        DateTimeOffset? changed = null;
        var options = new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };
        var documents = new List<JsonDocument>();
        try
        {
            int line = 0;
            int start = 0;
            byte[] bytes = file.Bytes;
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                start = 3;
            }

            while (start < bytes.Length)
            {
                line++;
                int end = Array.IndexOf(bytes, (byte)'\n', start);
                if (end < 0)
                {
                    end = bytes.Length;
                }

                var span = new ReadOnlyMemory<byte>(bytes, start, end - start);
                start = end + 1;
                if (span.Length > MaxLineBytes)
                {
                    problems.Add(Error(file, SanctionsMessages.StructureCode, line, SanctionsMessages.FtmLineTooLong(MaxLineBytes)));
                    return new SanctionsReadResult(null, problems);
                }

                if (IsBlank(span.Span))
                {
                    continue;
                }

                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(span, options);
                }
                catch (JsonException e)
                {
                    problems.Add(Error(file, SanctionsMessages.MalformedCode, line, SanctionsMessages.FtmNotJson(e.Message.Split(" LineNumber", 2)[0].TrimEnd('.', ' '))));
                    return new SanctionsReadResult(null, problems);
                }

                documents.Add(document);
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || Str(root, "id") is not { Length: > 0 } id || Str(root, "schema") is not { Length: > 0 } schema)
                {
                    problems.Add(Error(file, SanctionsMessages.MissingFieldCode, line, SanctionsMessages.FtmNotEntity));
                    return new SanctionsReadResult(null, problems);
                }

                if (seen.TryGetValue(id, out int first))
                {
                    problems.Add(Error(file, SanctionsMessages.DuplicateReferenceCode, line, SanctionsMessages.DuplicateReference(id, first)));
                    continue;
                }

                seen[id] = line;
                JsonElement properties = root.TryGetProperty("properties", out JsonElement p) && p.ValueKind == JsonValueKind.Object ? p : default;
                bool target = !(root.TryGetProperty("target", out JsonElement t) && t.ValueKind == JsonValueKind.False);
                entities.Add(new Entity(id, schema, line, properties, Strings(root, "datasets"), target));
                foreach (string stamp in new[] { Str(root, "last_change"), Str(root, "last_seen") }.OfType<string>())
                {
                    if (DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at) && (changed is null || at > changed))
                    {
                        changed = at.ToUniversalTime();
                    }
                }
            }

            if (entities.Count == 0)
            {
                problems.Add(Error(file, SanctionsMessages.MalformedCode, 0, SanctionsMessages.FtmNoEntities));
                return new SanctionsReadResult(null, problems);
            }

            if (changed is null)
            {
                problems.Add(Error(file, SanctionsMessages.NotAListCode, 0, SanctionsMessages.FtmNoDate));
            }

            if (problems.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return new SanctionsReadResult(null, problems);
            }

            var sanctions = entities.Where(e => e.Schema == "Sanction").SelectMany(e => Values(e.Properties, "entity").Select(of => (Of: of, Sanction: e)))
                .ToLookup(s => s.Of, s => s.Sanction, StringComparer.Ordinal);
            var parties = entities.Where(e => e.Target && PartySchemas.ContainsKey(e.Schema) && Values(e.Properties, "name").Count > 0)
                .Select(e => Party(e, sanctions[e.Id].ToList())).ToList();
            string datasets = string.Join(", ", entities.SelectMany(e => e.Datasets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            string publisher = "FollowTheMoney" + (datasets.Length > 0 ? ": " + (datasets.Length > 200 ? datasets[..200] + "…" : datasets) : "");
            var source = new SourceDocument(file.Sha256, file.Name, Format, publisher, DateOnly.FromDateTime(changed!.Value.UtcDateTime));
            return new SanctionsReadResult(new SanctionsList(source, changed.Value, parties), problems);
        }
        finally
        {
            foreach (JsonDocument d in documents)
            {
                d.Dispose();
            }
        }
    }

    private static DesignatedParty Party(Entity e, List<Entity> sanctions)
    {
        PartyKind kind = PartySchemas[e.Schema];
        IReadOnlyList<string> primary = Values(e.Properties, "name");
        IReadOnlyList<string> lastNames = Values(e.Properties, "lastName");
        string? family = kind == PartyKind.Person && lastNames.Count > 0 ? lastNames[0] : null;
        var names = new List<ListedName> { new(primary[0], AliasQuality.Primary, family is not null && family != primary[0] ? family : null) };
        void Add(string text, AliasQuality quality)
        {
            if (text.Length > 0 && !names.Any(n => string.Equals(n.Text, text, StringComparison.Ordinal)))
            {
                names.Add(new ListedName(text, quality));
            }
        }

        foreach (string n in primary.Skip(1).Concat(Values(e.Properties, "alias")))
        {
            Add(n, AliasQuality.AlsoKnownAs);
        }

        foreach (string n in Values(e.Properties, "previousName"))
        {
            Add(n, AliasQuality.FormerlyKnownAs);
        }

        foreach (string n in Values(e.Properties, "weakAlias"))
        {
            Add(n, AliasQuality.Low);
        }

        var programs = sanctions.SelectMany(s => Values(s.Properties, "program") is { Count: > 0 } p ? p : Values(s.Properties, "programId")).Distinct(StringComparer.Ordinal).ToList();
        DateOnly? listedOn = sanctions.SelectMany(s => Values(s.Properties, "listingDate") is { Count: > 0 } l ? l : Values(s.Properties, "startDate"))
            .Select(SanctionsXml.IsoDate).Where(d => d is not null).Min();
        string reason = string.Join(' ', Values(e.Properties, "notes").Concat(sanctions.SelectMany(s => Values(s.Properties, "reason"))).Distinct(StringComparer.Ordinal));
        return new DesignatedParty
        {
            Reference = e.Id,
            Kind = kind,
            Regime = programs.Count > 0 ? string.Join(", ", programs) : string.Join(", ", e.Datasets),
            NameParts = [primary[0]],
            Names = names,
            ListedOn = listedOn,
            Reason = reason,
            BirthDates = Values(e.Properties, "birthDate").Select(BirthDateOf).OfType<BirthDate>().ToList(),
            Nationalities = Values(e.Properties, "nationality").Concat(Values(e.Properties, "citizenship")).Distinct(StringComparer.Ordinal).ToList(),
            Passports = Values(e.Properties, "passportNumber").Distinct(StringComparer.Ordinal).ToList(),
            Addresses = Values(e.Properties, "address").ToList(),
            ImoNumbers = Values(e.Properties, "imoNumber").SelectMany(i => UnListReader.ImoNumbersIn("IMO " + i.Replace("IMO", "", StringComparison.OrdinalIgnoreCase).Trim()))
                .Concat(UnListReader.ImoNumbersIn(reason)).Distinct(StringComparer.Ordinal).ToList(),
            Line = e.Line,
        };
    }

    /// <summary>FollowTheMoney dates are ISO prefixes: <c>1944-03-09</c>, <c>1944-03</c> or <c>1944</c>.</summary>
    private static BirthDate? BirthDateOf(string text)
    {
        if (text.Length < 4 || SanctionsXml.Year(text[..4]) is not int year)
        {
            return null;
        }

        return new BirthDate(BirthDateKind.Exact, SanctionsXml.IsoDate(text), year, year);
    }

    private static IReadOnlyList<string> Values(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => SanctionsXml.Collapse(x.GetString()!)).Where(x => x.Length > 0).ToList()
            : [];

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static Diagnostic Error(SourceFile file, string code, int line, string message) =>
        SanctionsXml.Error(file, code, SanctionsXml.Line(line), message);
}
