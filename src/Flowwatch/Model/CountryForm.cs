namespace Flowwatch.Model;

/// <summary>One way of writing a country or its people in one language.</summary>
/// <param name="Country">The country meant.</param>
/// <param name="Language">The ISO 639-1 code of the language (en, de, ru, ko).</param>
/// <param name="Kind">Whether the form names the country or its nationals.</param>
/// <param name="Text">The form as written.</param>
public sealed record CountryForm(Country Country, string Language, CountryNameKind Kind, string Text);
