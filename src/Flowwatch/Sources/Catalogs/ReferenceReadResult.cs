namespace Flowwatch.Sources.Catalogs;

/// <summary>What a reference-data reader (rules, events, capacities) made of a file: the items and every problem found.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items read; do not use them when <see cref="HasErrors"/>.</param>
/// <param name="Diagnostics">Every problem found, not only the first.</param>
public sealed record ReferenceReadResult<T>(IReadOnlyList<T> Items, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any problem rejects the file.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The items, or an exception listing every problem.</summary>
    /// <exception cref="SourceException">The file has errors; the message lists them all.</exception>
    public IReadOnlyList<T> ItemsOrThrow() =>
        HasErrors ? throw new SourceException(string.Join(Environment.NewLine, Diagnostics.Select(d => d.ToString()))) : Items;
}
