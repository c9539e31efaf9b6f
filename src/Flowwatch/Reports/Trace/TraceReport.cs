using System.Text.Json.Serialization;

namespace Flowwatch.Reports.Trace;

/// <summary>The JSON contract of <c>flowwatch trace --format json</c> (issue 25): fields are added, never renamed.</summary>
public sealed record TraceReport
{
    /// <summary>How many articles were traced.</summary>
    [JsonPropertyName("articles")]
    public required int Articles { get; init; }

    /// <summary>Each figure the articles' claims are about.</summary>
    [JsonPropertyName("figures")]
    public required IReadOnlyList<TraceFigureRow> Figures { get; init; }

    /// <summary>The articles in publication order, with the sources each names.</summary>
    [JsonPropertyName("article_list")]
    public required IReadOnlyList<TraceArticleRow> ArticleList { get; init; }

    /// <summary>What could not be read (an article in a language the claim reader does not read).</summary>
    [JsonPropertyName("notes")]
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>One figure with every claim about it and its variants.</summary>
public sealed record TraceFigureRow
{
    /// <summary>The dataset id.</summary>
    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    /// <summary>ISO code of the reporting country.</summary>
    [JsonPropertyName("reporter")]
    public required string Reporter { get; init; }

    /// <summary>ISO code of the counted people's country.</summary>
    [JsonPropertyName("partner")]
    public required string Partner { get; init; }

    /// <summary>The category code (total, study ...).</summary>
    [JsonPropertyName("breakdown")]
    public required string Breakdown { get; init; }

    /// <summary>The period.</summary>
    [JsonPropertyName("period")]
    public required string Period { get; init; }

    /// <summary>The figure's value as published by the latest article's date; null when no article saw it published.</summary>
    [JsonPropertyName("value")]
    public decimal? Value { get; init; }

    /// <summary>The figure in words ("entries of citizens of North Korea into Russia, 2024").</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>The figure's page on the dashboard, relative (<c>/articles/figure?...</c>).</summary>
    [JsonPropertyName("page")]
    public required string Page { get; init; }

    /// <summary>Every claim about it, in publication order.</summary>
    [JsonPropertyName("claims")]
    public required IReadOnlyList<TraceClaimRow> Claims { get; init; }

    /// <summary>Its variants, the earliest first appearance first.</summary>
    [JsonPropertyName("variants")]
    public required IReadOnlyList<TraceVariantRow> Variants { get; init; }
}

/// <summary>One article's claim about a figure.</summary>
public sealed record TraceClaimRow
{
    /// <summary>The article's address, else its file name.</summary>
    [JsonPropertyName("article")]
    public required string Article { get; init; }

    /// <summary>Its outlet.</summary>
    [JsonPropertyName("outlet")]
    public required string Outlet { get; init; }

    /// <summary>Its publication day (yyyy-MM-dd).</summary>
    [JsonPropertyName("published")]
    public required string Published { get; init; }

    /// <summary>The language it was read in.</summary>
    [JsonPropertyName("lang")]
    public required string Lang { get; init; }

    /// <summary>The number as written with its qualifier.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>The number's value.</summary>
    [JsonPropertyName("claimed")]
    public required decimal Claimed { get; init; }

    /// <summary>supported, contradicted or partly_supported.</summary>
    [JsonPropertyName("verdict")]
    public required string Verdict { get; init; }

    /// <summary>How it renders the figure.</summary>
    [JsonPropertyName("reading")]
    public required string Reading { get; init; }

    /// <summary>The sentence it stands in.</summary>
    [JsonPropertyName("sentence")]
    public required string Sentence { get; init; }

    /// <summary>The policy rule that decided.</summary>
    [JsonPropertyName("rule")]
    public required string Rule { get; init; }
}

/// <summary>A variant: one number with one reading, its first appearance and its repeats.</summary>
public sealed record TraceVariantRow
{
    /// <summary>The number stated.</summary>
    [JsonPropertyName("claimed")]
    public required decimal Claimed { get; init; }

    /// <summary>The verdict of its first appearance.</summary>
    [JsonPropertyName("verdict")]
    public required string Verdict { get; init; }

    /// <summary>How it renders the figure.</summary>
    [JsonPropertyName("reading")]
    public required string Reading { get; init; }

    /// <summary>Whether it is wrong or reframed (contradicted or partly supported).</summary>
    [JsonPropertyName("wrong")]
    public required bool Wrong { get; init; }

    /// <summary>The earliest article that printed it.</summary>
    [JsonPropertyName("first")]
    public required TraceArticleRef First { get; init; }

    /// <summary>The later articles that printed it again, in publication order.</summary>
    [JsonPropertyName("repeated_by")]
    public required IReadOnlyList<TraceRepeatRow> RepeatedBy { get; init; }
}

/// <summary>An article, as a variant names it.</summary>
public record TraceArticleRef
{
    /// <summary>The article's address, else its file name.</summary>
    [JsonPropertyName("article")]
    public required string Article { get; init; }

    /// <summary>Its outlet.</summary>
    [JsonPropertyName("outlet")]
    public required string Outlet { get; init; }

    /// <summary>Its publication day (yyyy-MM-dd).</summary>
    [JsonPropertyName("published")]
    public required string Published { get; init; }

    /// <summary>The number as this article wrote it.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }
}

/// <summary>A later article that repeated a variant.</summary>
public sealed record TraceRepeatRow : TraceArticleRef
{
    /// <summary>Whether it names the source of the variant's first appearance.</summary>
    [JsonPropertyName("cites_first")]
    public required bool CitesFirst { get; init; }
}

/// <summary>A traced article.</summary>
public sealed record TraceArticleRow
{
    /// <summary>The article's address, else its file name.</summary>
    [JsonPropertyName("article")]
    public required string Article { get; init; }

    /// <summary>The file name.</summary>
    [JsonPropertyName("file")]
    public required string File { get; init; }

    /// <summary>Its outlet.</summary>
    [JsonPropertyName("outlet")]
    public required string Outlet { get; init; }

    /// <summary>Its publication day (yyyy-MM-dd).</summary>
    [JsonPropertyName("published")]
    public required string Published { get; init; }

    /// <summary>The language it was read in.</summary>
    [JsonPropertyName("lang")]
    public required string Lang { get; init; }

    /// <summary>The SHA-256 of its file.</summary>
    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }

    /// <summary>How many claims were placed on a figure.</summary>
    [JsonPropertyName("claims")]
    public required int Claims { get; init; }

    /// <summary>The ids of the sources it names.</summary>
    [JsonPropertyName("cites")]
    public required IReadOnlyList<string> Cites { get; init; }
}
