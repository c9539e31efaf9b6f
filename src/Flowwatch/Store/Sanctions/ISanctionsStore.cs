using Flowwatch.Model.Sanctions;

namespace Flowwatch.Store.Sanctions;

/// <summary>
/// Keeps versions of sanctions lists beside the figures, in the same database: each list file once
/// (by SHA-256), every record with its reference number, so that two versions can be compared.
/// </summary>
public interface ISanctionsStore : IDisposable
{
    /// <summary>Where the store is, for people.</summary>
    string Location { get; }

    /// <summary>Stores a list version in one transaction; a file stored before (same SHA-256) changes nothing.</summary>
    SanctionsIngestOutcome Ingest(SanctionsList list);

    /// <summary>The stored versions, oldest generated first.</summary>
    IReadOnlyList<SanctionsListVersion> Versions();

    /// <summary>The version whose file has this SHA-256, or null.</summary>
    SanctionsList? Load(string sha256);
}
