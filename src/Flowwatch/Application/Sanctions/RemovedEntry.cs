using Flowwatch.Model.Sanctions;
using Flowwatch.Store.Sanctions;

namespace Flowwatch.Application.Sanctions;

/// <summary>An entry the newest stored version no longer has: as it was last listed, and which version removed it.</summary>
/// <param name="Party">The entry as the last version that listed it had it.</param>
/// <param name="LastListedIn">The last stored version that listed it.</param>
/// <param name="RemovedIn">The first stored version after that one without it.</param>
public sealed record RemovedEntry(DesignatedParty Party, SanctionsListVersion LastListedIn, SanctionsListVersion RemovedIn);
