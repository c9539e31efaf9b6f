using System.Globalization;
using Flowwatch.Analysis.Claims;
using Flowwatch.Analysis.Detection;
using Flowwatch.Model;
using Flowwatch.Store;

namespace Flowwatch.Application.Queries;

/// <summary>
/// The one parser of the values that requests carry as text (countries, datasets, categories, dates, flags),
/// used by the command's options and the HTTP parameters alike, so that both accept the same values and
/// answer with the same messages.
/// </summary>
/// <remarks>
/// Every method is culture-invariant, never throws, and treats blank text as "not given". A problem names
/// the parameter as the front end's users typed it (<see cref="ParameterStyle"/>), quotes the text and
/// gives an example.
/// </remarks>
public sealed class RequestParameters
{
    /// <summary>A parser whose messages spell parameter names in <paramref name="style"/>.</summary>
    /// <param name="style">The front end's spelling of parameter names.</param>
    public RequestParameters(ParameterStyle style) => Style = style;

    /// <summary>The spelling of parameter names in messages.</summary>
    public ParameterStyle Style { get; }

    /// <summary>Whether <paramref name="text"/> holds anything but white space.</summary>
    /// <param name="text">The raw value.</param>
    public static bool IsGiven(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>
    /// A country given by its ISO 3166-1 alpha-2 code (KP) or by a name or demonym in any language Flowwatch
    /// reads (North Korea, DPRK, Nordkorea, КНДР, 북한), through <see cref="CountryNames.Default"/>.
    /// </summary>
    /// <param name="name">The parameter's name in query-string form (<c>partner</c>).</param>
    /// <param name="text">The raw value; blank means not given.</param>
    /// <param name="country">The country, or null when none was given.</param>
    /// <param name="problem">Why the text is not a country, naming what was typed; null on success.</param>
    public bool TryCountry(string name, string? text, out Country? country, out string? problem)
    {
        country = null;
        problem = null;
        if (!IsGiven(text))
        {
            return true;
        }

        string trimmed = text!.Trim();
        if (Country.TryParse(trimmed, out Country code))
        {
            country = code;
            return true;
        }

        // A name two countries share must not be settled by the order of the data files (CountryNames.Match's rule).
        CountryMatch match = CountryNames.Default.Match(trimmed);
        if (match.IsAmbiguous)
        {
            problem = $"{Style.Spell(name)} '{trimmed}' names more than one country ({match.CandidateCodes}); give the ISO 3166-1 alpha-2 code, such as KP.";
            return false;
        }

        if (!match.IsFound)
        {
            problem = $"{Style.Spell(name)} '{trimmed}' is neither an ISO 3166-1 alpha-2 code nor a country name Flowwatch knows; for example KP or North Korea.";
            return false;
        }

        Country named = match.Country;
        country = named;
        return true;
    }

    /// <summary>A dataset id such as <c>ru-fsb-entries-by-purpose</c>.</summary>
    /// <param name="name">The parameter's name in query-string form.</param>
    /// <param name="text">The raw value; blank means not given.</param>
    /// <param name="dataset">The dataset, or null when none was given.</param>
    /// <param name="problem">Why the text is not a dataset id; null on success.</param>
    public bool TryDataset(string name, string? text, out DatasetId? dataset, out string? problem)
    {
        dataset = null;
        problem = null;
        if (!IsGiven(text))
        {
            return true;
        }

        if (!DatasetId.TryParse(text!.Trim(), out DatasetId d))
        {
            problem = $"{Style.Spell(name)} '{text.Trim()}' is not a dataset id such as ru-fsb-entries-by-purpose.";
            return false;
        }

        dataset = d;
        return true;
    }

    /// <summary>A category: a purpose (study, work, total), a mode (air) or a visa type (tourist), in either case.</summary>
    /// <param name="name">The parameter's name in query-string form.</param>
    /// <param name="text">The raw value; blank means not given.</param>
    /// <param name="breakdown">The category, or null when none was given.</param>
    /// <param name="problem">Why the text is not a category; null on success.</param>
    public bool TryBreakdown(string name, string? text, out Breakdown? breakdown, out string? problem)
    {
        breakdown = null;
        problem = null;
        if (!IsGiven(text))
        {
            return true;
        }

        if (!Breakdown.TryParse(text!.Trim().ToLowerInvariant(), out Breakdown b))
        {
            problem = $"{Style.Spell(name)} '{text.Trim()}' is not a category such as study, total or air.";
            return false;
        }

        breakdown = b;
        return true;
    }

    /// <summary>The period series are laid out by: year, half, quarter or month.</summary>
    /// <param name="name">The parameter's name in query-string form.</param>
    /// <param name="text">The raw value; blank means as published.</param>
    /// <param name="kind">The period kind, or null when none was given.</param>
    /// <param name="problem">Why the text is not a period kind; null on success.</param>
    public bool TryPeriodKind(string name, string? text, out PeriodKind? kind, out string? problem)
    {
        kind = null;
        problem = null;
        if (!IsGiven(text))
        {
            return true;
        }

        kind = text!.Trim().ToLowerInvariant() switch
        {
            "year" => PeriodKind.Year,
            "half" => PeriodKind.Half,
            "quarter" => PeriodKind.Quarter,
            "month" => PeriodKind.Month,
            _ => null,
        };
        if (kind is null)
        {
            problem = $"{Style.Spell(name)} '{text.Trim()}' is not one of year, half, quarter, month.";
            return false;
        }

        return true;
    }

    /// <summary>A publication day (yyyy-MM-dd): published by the end of that day.</summary>
    /// <param name="name">The parameter's name in query-string form.</param>
    /// <param name="text">The raw value; blank means not given.</param>
    /// <param name="day">The day, or null when none was given.</param>
    /// <param name="problem">Why the text is not such a date; null on success.</param>
    public bool TryDay(string name, string? text, out DateOnly? day, out string? problem)
    {
        day = null;
        problem = null;
        if (!IsGiven(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
        {
            problem = $"{Style.Spell(name)} '{text.Trim()}' is not a date such as 2024-12-31 (yyyy-MM-dd): it means published by the end of that day.";
            return false;
        }

        day = d;
        return true;
    }

    /// <summary>A store time: an ISO 8601 date or time, UTC unless it says otherwise; a bare date means the whole of that day.</summary>
    /// <param name="name">The parameter's name in query-string form.</param>
    /// <param name="text">The raw value; blank means not given.</param>
    /// <param name="time">The instant, or null when none was given.</param>
    /// <param name="problem">Why the text is not such a time; null on success.</param>
    public bool TryInstant(string name, string? text, out DateTimeOffset? time, out string? problem)
    {
        time = null;
        problem = null;
        if (!IsGiven(text))
        {
            return true;
        }

        string trimmed = text!.Trim();
        if (!DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset t))
        {
            problem = $"{Style.Spell(name)} '{trimmed}' is not an ISO 8601 date or time such as 2025-03-01 or 2025-03-01T12:00Z.";
            return false;
        }

        time = trimmed.Length == 10 ? t.AddDays(1).AddTicks(-1) : t;
        return true;
    }

    /// <summary>A yes-or-no flag written true or false; blank is false.</summary>
    /// <param name="name">The parameter's name in query-string form.</param>
    /// <param name="text">The raw value.</param>
    /// <param name="flag">The flag.</param>
    /// <param name="problem">Why the text is not true or false; null on success.</param>
    public bool TryFlag(string name, string? text, out bool flag, out string? problem)
    {
        flag = false;
        problem = null;
        if (IsGiven(text) && !bool.TryParse(text!.Trim(), out flag))
        {
            problem = $"{Style.Spell(name)} '{text.Trim()}' is not true or false.";
            return false;
        }

        return true;
    }

    /// <summary>A least severity: low, medium or high; blank is low.</summary>
    /// <param name="name">The parameter's name in query-string form.</param>
    /// <param name="text">The raw value.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="problem">Why the text is not a severity; null on success.</param>
    public bool TrySeverity(string name, string? text, out Severity severity, out string? problem)
    {
        problem = null;
        Severity? s = (text?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "low" => Severity.Low,
            "medium" => Severity.Medium,
            "high" => Severity.High,
            _ => null,
        };
        severity = s ?? Severity.Low;
        if (s is null)
        {
            problem = $"{Style.Spell(name)} '{text!.Trim()}' is not one of low, medium, high.";
            return false;
        }

        return true;
    }

    /// <summary>A year from which on findings are listed (2019).</summary>
    /// <param name="name">The parameter's name in query-string form.</param>
    /// <param name="text">The raw value; blank means not given.</param>
    /// <param name="year">The year, or null when none was given.</param>
    /// <param name="problem">Why the text is not a year; null on success.</param>
    public bool TryYear(string name, string? text, out int? year, out string? problem)
    {
        year = null;
        problem = null;
        if (!IsGiven(text))
        {
            return true;
        }

        if (!int.TryParse(text!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y is < 1900 or > 2999)
        {
            problem = $"{Style.Spell(name)} '{text.Trim()}' is not a year such as 2019.";
            return false;
        }

        year = y;
        return true;
    }
    /// <summary>
    /// Which witnesses count: published by <paramref name="asOf"/> (yyyy-MM-dd), held by the store at
    /// <paramref name="knownAt"/> (ISO 8601), synthetic test data too when <paramref name="includeSynthetic"/> is true.
    /// </summary>
    /// <param name="asOf">The raw <c>as_of</c> value; blank means not given.</param>
    /// <param name="knownAt">The raw <c>known_at</c> value; blank means not given.</param>
    /// <param name="includeSynthetic">The raw <c>include_synthetic</c> value; blank means false.</param>
    /// <param name="query">The query to apply them to.</param>
    /// <param name="result"><paramref name="query"/> with the three applied.</param>
    /// <param name="problem">The first value that is not valid, named; null on success.</param>
    public bool TryProvenance(string? asOf, string? knownAt, string? includeSynthetic, ObservationQuery query, out ObservationQuery result, out string? problem)
    {
        result = query;
        if (!TryDay("as_of", asOf, out DateOnly? day, out problem)
            || !TryInstant("known_at", knownAt, out DateTimeOffset? at, out problem)
            || !TryFlag("include_synthetic", includeSynthetic, out bool synthetic, out problem))
        {
            return false;
        }

        result = query with { AsOf = day, KnownAt = at, IncludeSynthetic = synthetic };
        return true;
    }

    /// <summary>
    /// The languages an article may be declared in: <c>auto</c> (the front matter's, else detected) and every
    /// language the claim reader has a folder for under <c>Analysis/Claims/Languages/</c>.
    /// </summary>
    public static IReadOnlyList<string> ArticleLanguages { get; } = ["auto", .. ArticleChecker.Languages];

    /// <summary>An article's language, one of <see cref="ArticleLanguages"/> in either case; blank is <c>auto</c>.</summary>
    /// <param name="name">The parameter's name in query-string form (<c>lang</c>).</param>
    /// <param name="text">The raw value.</param>
    /// <param name="language">The language code, or <c>auto</c>.</param>
    /// <param name="problem">Why the text is not such a language; null on success.</param>
    public bool TryArticleLanguage(string name, string? text, out string language, out string? problem)
    {
        problem = null;
        language = IsGiven(text) ? text!.Trim().ToLowerInvariant() : "auto";
        if (!ArticleLanguages.Contains(language))
        {
            problem = $"{Style.Spell(name)} '{text!.Trim()}' is not one of {string.Join(", ", ArticleLanguages)}.";
            language = "auto";
            return false;
        }

        return true;
    }
}
