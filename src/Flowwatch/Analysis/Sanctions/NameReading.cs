namespace Flowwatch.Analysis.Sanctions;

/// <summary>One Latin reading of a name written in another script.</summary>
/// <param name="Latin">The name in Latin letters.</param>
/// <param name="Note">How it was read, for the explanation ("Cyrillic read as ... (ICAO passport)"); empty for Latin text.</param>
/// <param name="Nasal">Whether final n and ng must be taken as one (Korean names in Kontsevich Cyrillic write both н).</param>
/// <param name="Abjad">Whether the script writes few vowels (Arabic, Persian, Urdu, Hebrew): words compare by their consonants.</param>
internal readonly record struct NameReading(string Latin, string Note, bool Nasal, bool Abjad);
