namespace Flowwatch.Model;

/// <summary>
/// One attestation of a figure: a file that states it (and the reports the file cites for it), with the date the
/// figure became public through this file and when the store received it.
/// </summary>
/// <param name="Provenance">The file, the place in it and the reports it cites.</param>
/// <param name="Value">The value this witness states.</param>
/// <param name="Flag">How this witness states it (as published, approximate, derived ...).</param>
/// <param name="Published">
/// When the figure was public through this witness: the file's release date, else the earliest date of the reports
/// it cites, else the day it was ingested.
/// </param>
/// <param name="Ingested">When the store received the file; null for figures not read from a store.</param>
public sealed record Witness(Provenance Provenance, decimal Value, ObservationFlag Flag, DateOnly? Published, DateTimeOffset? Ingested = null)
{
    /// <summary>Whether the witness is synthetic test data.</summary>
    public bool IsSynthetic => Provenance.Document.Synthetic;
}
