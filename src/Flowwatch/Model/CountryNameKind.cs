namespace Flowwatch.Model;

/// <summary>What a country form names: the country itself or its people.</summary>
public enum CountryNameKind
{
    /// <summary>A name of the country (North Korea, КНДР).</summary>
    Name,

    /// <summary>A word for its nationals (North Koreans, Nordkoreaner, северокорейцы).</summary>
    Demonym,
}
