using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Flowwatch.Model;

/// <summary>
/// Country names and demonyms in English, German, Russian and Korean, resolved to <see cref="Country"/>.
/// </summary>
/// <remarks>
/// The names come from the maintained i18n-iso-countries data set (MIT, vendored in
/// <c>data/countries/</c>); the forms that statistical tables and the press use beyond it (КНДР,
/// Nordkoreaner, DPRK nationals) are in <c>data/countries/aliases.csv</c>; the sovereign state of each dependent
/// territory is in <c>data/countries/sovereignty.csv</c>. Lookup ignores case, ё/е, quotes, footnote marks and
/// repeated spaces. One rule decides what a name denotes (<see cref="Match"/>), for every reader and every option.
/// </remarks>
public sealed partial class CountryNames
{
    private static readonly Lazy<CountryNames> LazyDefault = new(LoadEmbedded);

    private readonly FrozenDictionary<string, string> _codes;
    private readonly FrozenDictionary<string, Country[]> _byForm;
    private readonly FrozenDictionary<Country, Country> _sovereigns;
    private readonly Dictionary<(string Code, string Lang), string> _primary;

    private CountryNames(IEnumerable<string> codes, IReadOnlyList<CountryForm> forms, IReadOnlyDictionary<Country, Country> sovereigns)
    {
        _codes = codes.ToFrozenDictionary(c => c, c => c, StringComparer.Ordinal);
        Forms = forms;
        _sovereigns = sovereigns.ToFrozenDictionary();
        var byForm = new Dictionary<string, List<Country>>(StringComparer.Ordinal);
        _primary = [];
        foreach (CountryForm form in forms)
        {
            string key = Normalize(form.Text);
            if (!byForm.TryGetValue(key, out List<Country>? carriers))
            {
                carriers = [];
                byForm.Add(key, carriers);
            }

            if (!carriers.Contains(form.Country))
            {
                carriers.Add(form.Country);
            }

            if (form.Kind == CountryNameKind.Name)
            {
                _primary.TryAdd((form.Country.Code, form.Language), form.Text);
            }
        }

        _byForm = byForm.ToFrozenDictionary(kv => kv.Key, kv => Denoted(kv.Value, _sovereigns), StringComparer.Ordinal);
    }

    /// <summary>The names bundled with Flowwatch.</summary>
    public static CountryNames Default => LazyDefault.Value;

    /// <summary>Every known form, names first in the order of the data files.</summary>
    public IReadOnlyList<CountryForm> Forms { get; }

    /// <summary>Every assigned alpha-2 code.</summary>
    public IEnumerable<Country> Countries => _codes.Keys.Order(StringComparer.Ordinal).Select(Country.FromCanonical);

    /// <summary>
    /// Resolves a name or demonym in any of the languages to the one country it denotes. Never throws. False for a
    /// text that is no country's name and for a name two countries could carry (<see cref="Match"/> says which).
    /// </summary>
    public bool TryResolve(string? text, out Country country)
    {
        CountryMatch match = Match(text);
        country = match.Country;
        return match.IsFound;
    }

    /// <summary>
    /// What a name or demonym denotes, as an analyst reads it: the one country that carries it; where several do, a bare
    /// name denotes the sovereign state, never one of its dependencies (США is the United States, not the US Virgin
    /// Islands whose Russian name «Виргинские Острова (США)» holds it); a name two states could carry («Congo») is
    /// ambiguous and names them all, so that a caller reports it instead of picking one. Never throws.
    /// </summary>
    /// <param name="text">The name as written; case, ё/е, quotes, footnote marks and extra spaces do not matter.</param>
    public CountryMatch Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CountryMatch.None;
        }

        string key = Normalize(text);
        if (_byForm.TryGetValue(key, out Country[]? carriers))
        {
            return new CountryMatch(carriers);
        }

        return key.Length == 2 && Country.TryParse(key, out Country code) ? new CountryMatch([code]) : CountryMatch.None;
    }

    /// <summary>The sovereign state of a dependent territory (GB for VG, US for VI), or null for a state and for a territory of disputed status.</summary>
    /// <param name="country">A country or territory.</param>
    public Country? SovereignOf(Country country) => _sovereigns.TryGetValue(country, out Country sovereign) ? sovereign : null;

    // The countries a name denotes: all that carry it, less every dependency whose sovereign carries it too.
    private static Country[] Denoted(List<Country> carriers, IReadOnlyDictionary<Country, Country> sovereigns) =>
        carriers.Count == 1 ? [.. carriers]
        : [.. carriers.Where(c => !(sovereigns.TryGetValue(c, out Country s) && carriers.Contains(s))).Order()];

    /// <summary>
    /// The name of <paramref name="country"/> in <paramref name="language"/> that a reader uses ("Russia", not ISO's
    /// "Russian Federation"), else its first name in that language, else its English name, else its code.
    /// </summary>
    /// <remarks>Every page, table, finding and feed names a country through this one rule.</remarks>
    public string NameOf(Country country, string language) =>
        language == "en" && CommonEnglish.TryGetValue(country.Code, out string? common) ? common
        : _primary.TryGetValue((country.Code, language), out string? name) ? name
        : _primary.TryGetValue((country.Code, "en"), out name) ? name
        : country.Code;

    // The ISO short names of a few countries are not what a reader calls them; these are the names the press and the
    // publishers' English pages use.
    private static readonly FrozenDictionary<string, string> CommonEnglish = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["RU"] = "Russia",
        ["KR"] = "South Korea",
        ["IR"] = "Iran",
        ["SY"] = "Syria",
        ["VN"] = "Vietnam",
        ["LA"] = "Laos",
        ["MD"] = "Moldova",
        ["TZ"] = "Tanzania",
        ["VE"] = "Venezuela",
        ["BO"] = "Bolivia",
        ["CN"] = "China",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    internal bool TryGetCanonicalCode(ReadOnlySpan<char> upper, [NotNullWhen(true)] out string? code) =>
        _codes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out code);

    private static string WithoutInvalidCodePoints(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !text.AsSpan().ContainsAny('\uFFFE', '\uFFFF'))
        {
            return text;
        }

        char[] chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] is '\uFFFE' or '\uFFFF')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>The form that lookups compare: lower case, ё as е, no quotes, footnote marks or extra spaces.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        // A label cut from damaged text can hold half a surrogate pair or U+FFFE/U+FFFF, which Normalize
        // refuses with an exception; such a character cannot match a name, so it becomes U+FFFD first.
        foreach (char raw in WithoutInvalidCodePoints(text).Normalize(NormalizationForm.FormC))
        {
            char c = char.ToLowerInvariant(raw);
            if (c is 'ё')
            {
                c = 'е';
            }

            if (c is '«' or '»' or '"' or '“' or '”' or '„' or '*' or '¹' or '²' or '³' or '⁴' or '⁵' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return FootnoteMark().Replace(sb.ToString(), "").TrimEnd('.', ',', ';', ':', ' ');
    }

    // A footnote number glued to a name ("Китай1", "Китай 2)") is not part of it.
    [GeneratedRegex(@"(?<=\p{L}|\))\s*\d{1,2}\)?$")]
    private static partial Regex FootnoteMark();

    private static CountryNames LoadEmbedded()
    {
        Assembly assembly = typeof(CountryNames).Assembly;
        using Stream codesStream = Open(assembly, "countries/codes.json");
        using JsonDocument codesDoc = JsonDocument.Parse(codesStream);
        var codes = codesDoc.RootElement.EnumerateArray().Select(row => row[0].GetString()!).ToList();
        var forms = new List<CountryForm>();
        foreach (string lang in new[] { "en", "de", "ru", "ko" })
        {
            using Stream stream = Open(assembly, $"countries/{lang}.json");
            using JsonDocument doc = JsonDocument.Parse(stream);
            foreach (JsonProperty entry in doc.RootElement.GetProperty("countries").EnumerateObject())
            {
                Country country = Country.FromCanonical(string.Intern(entry.Name));
                IEnumerable<string> names = entry.Value.ValueKind == JsonValueKind.Array
                    ? entry.Value.EnumerateArray().Select(v => v.GetString()!)
                    : [entry.Value.GetString()!];
                foreach (string name in names)
                {
                    forms.Add(new CountryForm(country, lang, CountryNameKind.Name, name));
                    AddParenthesised(forms, country, lang, name);
                }
            }
        }

        using Stream aliases = Open(assembly, "countries/aliases.csv");
        using var reader = new StreamReader(aliases, Encoding.UTF8);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            string[] cells = SplitCsvLine(line);
            var kind = cells[2] == "demonym" ? CountryNameKind.Demonym : CountryNameKind.Name;
            forms.Add(new CountryForm(Country.FromCanonical(string.Intern(cells[0])), cells[1], kind, cells[3]));
        }

        var sovereigns = new Dictionary<Country, Country>();
        using Stream sovereignty = Open(assembly, "countries/sovereignty.csv");
        using var sovereigntyReader = new StreamReader(sovereignty, Encoding.UTF8);
        sovereigntyReader.ReadLine();
        while (sovereigntyReader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                string[] cells = SplitCsvLine(line);
                sovereigns[Country.FromCanonical(string.Intern(cells[0]))] = Country.FromCanonical(string.Intern(cells[1]));
            }
        }

        return new CountryNames(codes, forms, sovereigns);
    }

    // "КНДР (Корейская Народно-Демократическая Республика)" is two names: the short one and the long one.
    private static void AddParenthesised(List<CountryForm> forms, Country country, string lang, string name)
    {
        int open = name.IndexOf('(', StringComparison.Ordinal);
        int close = name.LastIndexOf(')');
        if (open > 0 && close > open)
        {
            forms.Add(new CountryForm(country, lang, CountryNameKind.Name, name[..open].Trim()));
            forms.Add(new CountryForm(country, lang, CountryNameKind.Name, name[(open + 1)..close].Trim()));
        }
    }

    private static string[] SplitCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The resource {name} is missing from the build."));
}
