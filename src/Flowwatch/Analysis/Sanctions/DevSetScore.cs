namespace Flowwatch.Analysis.Sanctions;

/// <summary>How a screener did on the development set.</summary>
/// <param name="Variants">Cases that must alert on their listed party.</param>
/// <param name="Found">Of those, how many alerted on it.</param>
/// <param name="Negatives">Cases that must not alert.</param>
/// <param name="FalseAlerts">Of those, how many alerted.</param>
/// <param name="Misses">The variants missed (for reading).</param>
/// <param name="Wrong">The negatives that alerted (for reading).</param>
public sealed record DevSetScore(int Variants, int Found, int Negatives, int FalseAlerts, IReadOnlyList<DevCase> Misses, IReadOnlyList<DevCase> Wrong)
{
    /// <summary>Found / variants.</summary>
    public double Recall => Variants == 0 ? 0 : (double)Found / Variants;

    /// <summary>False alerts / negatives.</summary>
    public double FalseAlertRate => Negatives == 0 ? 0 : (double)FalseAlerts / Negatives;

    /// <summary>Scores a decision function: does the query alert, and on which references?</summary>
    public static DevSetScore Of(IReadOnlyList<DevCase> cases, Func<DevCase, IReadOnlyCollection<string>> alerts)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(alerts);
        var misses = new List<DevCase>();
        var wrong = new List<DevCase>();
        int variants = 0, found = 0, negatives = 0, falseAlerts = 0;
        foreach (DevCase c in cases)
        {
            IReadOnlyCollection<string> hits = alerts(c);
            if (c.Expected is not null)
            {
                variants++;
                if (hits.Contains(c.Expected))
                {
                    found++;
                }
                else
                {
                    misses.Add(c);
                }
            }
            else
            {
                negatives++;
                if (hits.Count > 0)
                {
                    falseAlerts++;
                    wrong.Add(c);
                }
            }
        }

        return new DevSetScore(variants, found, negatives, falseAlerts, misses, wrong);
    }
}
