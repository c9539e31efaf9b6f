using Flowwatch.Analysis.Detection;
using Flowwatch.Model;

namespace Flowwatch.Benchmarks;

/// <summary>What was injected where: the answer key of a synthetic data set.</summary>
internal sealed record InjectedAnomaly(string Detector, SeriesKey Key, Period Period, decimal BaseValue);

/// <summary>A synthetic data set: figures, the rule they are scanned against, and the anomalies injected.</summary>
internal sealed record SyntheticSet(IReadOnlyList<Observation> Observations, DetectionContext Context, IReadOnlyList<InjectedAnomaly> Anomalies);

/// <summary>
/// SYNTHETIC quarterly entries by purpose (dataset <c>synthetic-entries-by-purpose</c>, publisher
/// "synthetic"): many reporters and partners, ten purposes, seasonality, trend, lognormal and Poisson
/// noise, counts from tens to hundreds of thousands, and anomalies of known kinds injected at known
/// places. Seeded: the same arguments give the same figures.
/// </summary>
internal static class SyntheticFlows
{
    public static readonly DatasetId Dataset = DatasetId.Parse("synthetic-entries-by-purpose");

    private static readonly Purpose[] Parts =
        [Purpose.Official, Purpose.Business, Purpose.Tourism, Purpose.Private, Purpose.Study, Purpose.Work, Purpose.Transit, Purpose.Crew, Purpose.Other];

    private static readonly Purpose[] Pretexts = [Purpose.Study, Purpose.Tourism, Purpose.Business, Purpose.Private];

    /// <summary>Generates about <paramref name="observations"/> figures (11 series of quarters per reporter-partner table).</summary>
    public static SyntheticSet Generate(int observations, int seed = 42, double anomalyRate = 0.5, int firstYear = 2000, int years = 25)
    {
        var random = new Random(seed);
        int perTable = (Parts.Length + 1) * years * 4;
        int tables = Math.Max(1, observations / perTable);
        Country[] countries = CountryNames.Default.Countries.ToArray();
        int partnersPerReporter = Math.Min(countries.Length - 1, tables);
        var document = new SourceDocument(new string('0', 64), $"synthetic-seed-{seed}.csv", "synthetic", "SYNTHETIC (Flowwatch generator, not real data)", null);
        var provenance = new Provenance(document, default, []);
        var targeted = new HashSet<Country>();
        var deadline = new DateOnly(firstYear + (years / 2), 12, 22);
        var anomalies = new List<InjectedAnomaly>();
        var all = new List<Observation>(tables * perTable);
        int quarters = years * 4;
        var values = new decimal[Parts.Length + 1, quarters];
        var baseValues = new decimal[Parts.Length + 1, quarters];
        var present = new bool[quarters];

        for (int t = 0; t < tables; t++)
        {
            int r = t / partnersPerReporter;
            Country reporter = countries[r % countries.Length];
            Country partner = countries[(r + 1 + (t % partnersPerReporter)) % countries.Length];

            // One partner in ten is under the synthetic rule, the same one under every reporter.
            bool isTargeted = ((r + 1 + (t % partnersPerReporter)) % countries.Length) % 10 == 3;
            if (isTargeted)
            {
                targeted.Add(partner);
            }

            // Level: log-uniform between 100 and 1,000,000 entries a year; purposes share it unevenly.
            double level = Math.Exp(Math.Log(100) + (random.NextDouble() * (Math.Log(1_000_000) - Math.Log(100)))) / 4;
            double[] weights = Parts.Select(_ => Math.Pow(random.NextDouble(), 2) + 0.01).ToArray();

            // Targeted nationals hardly work officially even before the ban, so the ban itself shifts no shares.
            if (isTargeted)
            {
                weights[Array.IndexOf(Parts, Purpose.Work)] = 0.002;
            }
            double sumW = weights.Sum();
            double trend = -0.04 + (random.NextDouble() * 0.1);
            for (int k = 0; k < Parts.Length; k++)
            {
                double mean = level * weights[k] / sumW;
                double amplitude = 0.05 + (random.NextDouble() * 0.25);
                double phase = random.NextDouble() * 2 * Math.PI;
                for (int q = 0; q < quarters; q++)
                {
                    double season = 1 + (amplitude * Math.Sin((2 * Math.PI * (q % 4) / 4) + phase));
                    double m = mean * season * Math.Exp((trend * q / 4) + (0.08 * Normal(random)));
                    bool banned = Parts[k] == Purpose.Work && isTargeted && Start(firstYear, q) > deadline;
                    values[k + 1, q] = banned ? 0 : Poisson(random, m);
                }
            }

            for (int q = 0; q < quarters; q++)
            {
                baseValues[0, q] = 0;
                for (int k = 1; k <= Parts.Length; k++)
                {
                    baseValues[k, q] = values[k, q];
                }
            }

            Array.Fill(present, true);
            var key = new SeriesKey(Dataset, reporter, partner, Breakdown.Total);
            decimal totalAdjust = 0;
            int totalAdjustAt = -1;

            // At most one anomaly per table, after six years of history, so each has a clean baseline.
            if (random.NextDouble() < anomalyRate)
            {
                int q = 24 + random.Next(quarters - 24 - 1);
                Period at = PeriodOf(firstYear, q);
                double kind = random.NextDouble();
                if (kind < 0.35)
                {
                    int k = 1 + random.Next(Parts.Length);
                    double factor = 2 + (random.NextDouble() * 4);
                    anomalies.Add(new(DetectorNames.Surge, key.WithBreakdown(Breakdown.Of(Parts[k - 1])), at, values[k, q]));
                    values[k, q] = Math.Round(values[k, q] * (decimal)factor);
                }
                else if (kind < 0.7)
                {
                    int k = 1 + Array.IndexOf(Parts, Pretexts[random.Next(Pretexts.Length)]);
                    decimal total = Sum(values, q);
                    double share = total == 0 ? 0 : (double)(values[k, q] / total);
                    double target = Math.Min(0.9, share + Math.Max(0.15, share));
                    decimal newPart = Math.Round((decimal)target * total);
                    decimal others = total - values[k, q];
                    anomalies.Add(new(DetectorNames.PretextShift, key.WithBreakdown(Breakdown.Of(Parts[k - 1])), at, values[k, q]));
                    for (int j = 1; j <= Parts.Length; j++)
                    {
                        if (j != k && others > 0)
                        {
                            values[j, q] = Math.Round(values[j, q] * (total - newPart) / others);
                        }
                    }

                    values[k, q] = newPart;
                }
                else if (kind < 0.8)
                {
                    totalAdjustAt = q;
                    totalAdjust = -Math.Round(Sum(values, q) * (decimal)(0.03 + (random.NextDouble() * 0.12)));
                    anomalies.Add(new(DetectorNames.Inconsistency, key, at, Sum(values, q)));
                }
                else if (kind < 0.9)
                {
                    int from = quarters - 1 - random.Next(3);
                    anomalies.Add(new(DetectorNames.Suppression, key, PeriodOf(firstYear, from), Sum(values, from - 1)));
                    for (int j = from; j < quarters; j++)
                    {
                        present[j] = false;
                    }
                }
                else if (isTargeted && Start(firstYear, q) > deadline)
                {
                    int k = 1 + Array.IndexOf(Parts, Purpose.Work);
                    values[k, q] = 5 + random.Next(500);
                    anomalies.Add(new(DetectorNames.DeadlineBreach, key.WithBreakdown(Breakdown.Of(Purpose.Work)), at, 0));
                }
            }

            for (int k = 0; k <= Parts.Length; k++)
            {
                SeriesKey series = k == 0 ? key : key.WithBreakdown(Breakdown.Of(Parts[k - 1]));
                for (int q = 0; q < quarters; q++)
                {
                    if (!present[q])
                    {
                        continue;
                    }

                    decimal v = k == 0 ? Sum(values, q) + (q == totalAdjustAt ? totalAdjust : 0) : values[k, q];
                    all.Add(new Observation(series, PeriodOf(firstYear, q), v, ObservationFlag.AsPublished, provenance));
                }
            }
        }

        var rule = new Rule(
            "SYNTHETIC-OP1", "SYNTHETIC rule", "1", deadline.AddYears(-2), deadline, targeted.ToArray(),
            [Purpose.Work], Pretexts, "SYNTHETIC: no work by targeted nationals after the deadline.", "https://example.org/synthetic");
        return new SyntheticSet(all, new DetectionContext([rule], [], []), anomalies);
    }

    private static decimal Sum(decimal[,] values, int q)
    {
        decimal s = 0;
        for (int k = 1; k < values.GetLength(0); k++)
        {
            s += values[k, q];
        }

        return s;
    }

    private static Period PeriodOf(int firstYear, int q) => Period.OfQuarter(firstYear + (q / 4), (q % 4) + 1);

    private static DateOnly Start(int firstYear, int q) => new(firstYear + (q / 4), ((q % 4) * 3) + 1, 1);

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static decimal Poisson(Random random, double mean)
    {
        if (mean > 30)
        {
            return (decimal)Math.Max(0, Math.Round(mean + (Math.Sqrt(mean) * Normal(random))));
        }

        double l = Math.Exp(-mean), p = 1;
        int k = 0;
        do
        {
            k++;
            p *= random.NextDouble();
        }
        while (p > l);
        return k - 1;
    }
}
