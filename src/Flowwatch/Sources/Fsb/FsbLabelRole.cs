namespace Flowwatch.Sources.Fsb;

/// <summary>What a label other than a purpose does in the FSB table.</summary>
public enum FsbLabelRole
{
    /// <summary>Heads the column of countries of citizenship (Страна).</summary>
    CountryColumn,

    /// <summary>A merged header over the purpose columns (в том числе по целям поездки); carries no figures.</summary>
    PurposeGroup,

    /// <summary>The all-countries row (Всего, Итого): checked against the country rows, not kept.</summary>
    TotalRow,

    /// <summary>A row that groups countries (Страны СНГ): skipped, as it has no country code.</summary>
    AggregateRow,
}
