using System.Globalization;

namespace Flowwatch.Model;

/// <summary>The model's error messages, in one place so that tests can assert on them.</summary>
internal static class ModelMessages
{
    public static string NotAPeriod(string text) =>
        $"'{text}' is not a period: expected a year (2024), half (2024-H1), quarter (2024-Q3), month (2024-07) or year to date (2024-YTD08).";

    public static string NotACountry(string text) =>
        $"'{text}' is not an ISO 3166-1 alpha-2 country code (such as KP or RU).";

    public static string UnknownCountryName(string text) =>
        $"'{text}' is not a country name Flowwatch knows (English, German, Russian or Korean; add it to data/countries/aliases.csv).";

    public static string NotAPurpose(string text) =>
        $"'{text}' is not a purpose: expected one of {string.Join(", ", PurposeCodes.All)}.";

    public static string NotABreakdown(string text) =>
        $"'{text}' is not a breakdown category: expected lower-case letters, digits, '_' or '-' (such as study, air, tourist).";

    public static string NotADataset(string text) =>
        $"'{text}' is not a dataset id: expected lower-case letters, digits, '_' or '-' (such as ru-fsb-entries-by-purpose).";

    public static string NotAFlag(string text) =>
        $"'{text}' is not a flag: expected empty, approximate, lower_bound or derived.";

    public static string NotACount(string text) =>
        string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a figure: expected a non-negative number such as 13221 or 3.5.");
}
