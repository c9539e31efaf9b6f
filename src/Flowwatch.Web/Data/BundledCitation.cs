namespace Flowwatch.Web.Data;

/// <summary>One row of the bundled citation list: where a reported figure was read.</summary>
internal sealed record BundledCitation(string Id, string Outlet, string Date, string Language, string Url);
