using System.Security.Cryptography;
using System.Text;
using Flowwatch.Model;

namespace Flowwatch.Analysis.Detection;

/// <summary>Stable finding ids: the same finding on the same figures has the same id in every run (followthemoney's hashed keys).</summary>
public static class FindingIds
{
    /// <summary>The first 16 hex digits of the SHA-256 of <c>detector|series|period|aspect</c>.</summary>
    /// <param name="detector">The detector name.</param>
    /// <param name="key">The series.</param>
    /// <param name="period">The period.</param>
    /// <param name="aspect">What distinguishes two findings of one detector on one series and period (empty for most).</param>
    public static string For(string detector, SeriesKey key, Period period, string aspect = "")
    {
        string text = $"{detector}|{key}|{period}|{aspect}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
