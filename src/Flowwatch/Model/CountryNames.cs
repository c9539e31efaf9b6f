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
/// Nordkoreaner, DPRK nationals) are in <c>data/countries/aliases.csv</c>. Lookup ignores case,
/// ё/е, quotes, footnote marks and repeated spaces.
/// </remarks>
public sealed partial class CountryNames
{
    private static readonly Lazy<CountryNames> LazyDefault = new(LoadEmbedded);

    private readonly FrozenDictionary<string, string> _codes;
    private readonly FrozenDictionary<string, Country> _byForm;
    private readonly Dictionary<(string Code, string Lang), string> _primary;

    private CountryNames(IEnumerable<string> codes, IReadOnlyList<CountryForm> forms)
    {
        _codes = codes.ToFrozenDictionary(c => c, c => c, StringComparer.Ordinal);
        Forms = forms;
        var byForm = new Dictionary<string, Country>(StringComparer.Ordinal);
        _primary = [];
        foreach (CountryForm form in forms)
        {
            byForm.TryAdd(Normalize(form.Text), form.Country);
            if (form.Kind == CountryNameKind.Name)
            {
                _primary.TryAdd((form.Country.Code, form.Language), form.Text);
            }
        }

        _byForm = byForm.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The names bundled with Flowwatch.</summary>
    public static CountryNames Default => LazyDefault.Value;

    /// <summary>Every known form, names first in the order of the data files.</summary>
    public IReadOnlyList<CountryForm> Forms { get; }

    /// <summary>Every assigned alpha-2 code.</summary>
    public IEnumerable<Country> Countries => _codes.Keys.Order(StringComparer.Ordinal).Select(Country.FromCanonical);

    /// <summary>Resolves a name or demonym in any of the languages. Never throws.</summary>
    public bool TryResolve(string? text, out Country country)
    {
        country = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string key = Normalize(text);
        if (_byForm.TryGetValue(key, out country))
        {
            return true;
        }

        return key.Length == 2 && Country.TryParse(key, out country);
    }

    /// <summary>The first name of <paramref name="country"/> in <paramref name="language"/>, or its code.</summary>
    public string NameOf(Country country, string language) =>
        _primary.TryGetValue((country.Code, language), out string? name) ? name
        : _primary.TryGetValue((country.Code, "en"), out name) ? name
        : country.Code;

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

        return new CountryNames(codes, forms);
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
