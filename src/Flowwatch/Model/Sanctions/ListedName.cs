namespace Flowwatch.Model.Sanctions;

/// <summary>One name of a designated party as the list prints it (spaces collapsed, padding trimmed).</summary>
/// <param name="Text">The name, e.g. <c>RI Je-son</c> or <c>KOREA YONBONG GENERAL CORPORATION</c>.</param>
/// <param name="Quality">Primary name or the alias's quality.</param>
/// <param name="FamilyName">For a person's primary name, the family name when the list says which part it is; else null.</param>
public sealed record ListedName(string Text, AliasQuality Quality, string? FamilyName = null);
