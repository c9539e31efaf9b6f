using Flowwatch.Sources.Formats;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Sources;

/// <summary>The one number rule of every reader: each format's grammar, and each figure checked in its unit.</summary>
public sealed class NumberGrammarTests
{
    private static readonly FigureUnit Trips = new(true, 1, "trips");
    private static readonly FigureUnit ThousandTrips = new(false, 1000, "thousand trips");

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // grammar, unit, text, expected value or problem
        { "russian", "trips", "806", "806" },
        { "russian", "trips", "12 345", "12345" },
        { "russian", "trips", "12\u00A0345", "12345" },
        { "russian", "trips", "1\u202F234\u2009567", "1234567" },
        { "russian", "trips", " 806 ", "806" },
        { "russian", "trips", "4,000", "NotInGrammar" },
        { "russian", "trips", "4.000", "NotInGrammar" },
        { "russian", "trips", "1,5", "NotInGrammar" },
        { "russian", "trips", "1 2345", "NotInGrammar" },
        { "russian", "trips", "12  345", "NotInGrammar" },
        { "russian", "trips", "#REF!", "NotInGrammar" },
        { "russian", "trips", "TRUE", "NotInGrammar" },
        { "russian", "trips", "много", "NotInGrammar" },
        { "russian", "trips", "-5", "NotAFigure" },
        { "russian", "trips", "1000000001", "NotAFigure" },
        { "russian", "trips", "99999999999999999999999999999999", "NotAFigure" },
        { "russian", "thousand trips", "12,3", "12.3" },
        { "russian", "thousand trips", "8 436", "8436" },
        { "russian", "thousand trips", "1000000,5", "NotAFigure" },
        { "russian", "thousand trips", "12.3", "NotInGrammar" },
        { "stored", "trips", "806", "806" },
        { "stored", "trips", "806.0", "806" },
        { "stored", "trips", "1.2E3", "1200" },
        { "stored", "trips", "2,000", "NotInGrammar" },
        { "stored", "trips", "1.5", "NotAFigure" },
        { "stored", "trips", "4294967296", "NotAFigure" },
        { "stored", "thousand trips", "4294967.296", "NotAFigure" },
        { "stored", "thousand trips", "5.819", "5.819" },
        { "stored", "trips", "1E+400", "NotInGrammar" },
        { "plain", "trips", "13221", "13221" },
        { "plain", "trips", "4.000", "4" },
        { "plain", "trips", "4,000", "NotInGrammar" },
        { "plain", "trips", "1 234", "NotInGrammar" },
        { "plain", "trips", "1e3", "NotInGrammar" },
        { "plain", "trips", "0.5", "NotAFigure" },
        { "plain", "trips", ".5", "NotInGrammar" },
        { "plain", "trips", "5.", "NotInGrammar" },
        { "plain", "trips", "79228162514264337593543950335", "NotAFigure" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_takes_only_what_the_format_writes(string grammar, string unit, string text, string expected)
    {
        NumberGrammar g = grammar switch
        {
            "russian" => NumberGrammar.Russian,
            "stored" => NumberGrammar.Stored,
            _ => NumberGrammar.Plain,
        };

        NumberProblem problem = g.Read(text, unit == "trips" ? Trips : ThousandTrips, out decimal value);

        Assert.Equal(expected, problem == NumberProblem.None ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : problem.ToString());
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ru-RU")]
    [InlineData("tr-TR")]
    public void Read_does_not_depend_on_the_culture(string culture) => CultureSaver.Run(culture, () =>
    {
        Assert.Equal(NumberProblem.None, NumberGrammar.Stored.Read("12.5", ThousandTrips, out decimal value));
        Assert.Equal(12.5m, value);
        Assert.Equal(NumberProblem.NotInGrammar, NumberGrammar.Russian.Read("4,000", Trips, out _));
    });

    [Fact]
    public void A_unit_in_thousands_is_bounded_in_units()
    {
        Assert.Equal(1_000_000m, ThousandTrips.Max);
        Assert.Contains("(1,000,000,000 in units)", ThousandTrips.Expected, StringComparison.Ordinal);
        Assert.True(Trips.Holds(1_000_000_000m));
        Assert.False(Trips.Holds(1_000_000_001m));
    }
}
