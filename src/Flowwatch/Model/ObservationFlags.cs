namespace Flowwatch.Model;

/// <summary>The text codes of <see cref="ObservationFlag"/>: empty, <c>approximate</c>, <c>lower_bound</c>, <c>derived</c>.</summary>
public static class ObservationFlags
{
    /// <summary>The code; empty for <see cref="ObservationFlag.AsPublished"/>.</summary>
    public static string ToCode(this ObservationFlag flag) => flag switch
    {
        ObservationFlag.Approximate => "approximate",
        ObservationFlag.LowerBound => "lower_bound",
        ObservationFlag.Derived => "derived",
        _ => "",
    };

    /// <summary>Parses a code; empty and <c>as_published</c> are as published. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out ObservationFlag flag)
    {
        s = s.Trim();
        flag = ObservationFlag.AsPublished;
        if (s.IsEmpty || s.Equals("as_published", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (s.Equals("approximate", StringComparison.OrdinalIgnoreCase))
        {
            flag = ObservationFlag.Approximate;
        }
        else if (s.Equals("lower_bound", StringComparison.OrdinalIgnoreCase))
        {
            flag = ObservationFlag.LowerBound;
        }
        else if (s.Equals("derived", StringComparison.OrdinalIgnoreCase))
        {
            flag = ObservationFlag.Derived;
        }
        else
        {
            return false;
        }

        return true;
    }
}
