using Flowwatch.Model;
using Flowwatch.Sources;
using Flowwatch.Sources.Fsb;
using Flowwatch.Sources.RussianTables;

namespace Flowwatch.Tests.Sources;

public sealed class RussianPeriodTextTests
{
    [Theory]
    [InlineData("Въезд иностранных граждан в Российскую Федерацию за январь–сентябрь 2024 г.", "2024-YTD09")]
    [InlineData("Въезд иностранных граждан в Российскую Федерацию во II квартале 2024 г.", "2024-Q2")]
    [InlineData("I квартал 2025 г.", "2025-Q1")]
    [InlineData("в IV квартале 2023 года", "2023-Q4")]
    [InlineData("за 3-й квартал 2024 г.", "2024-Q3")]
    [InlineData("за январь-июнь 2024 г.", "2024-H1")]
    [InlineData("в январе — июне 2024 года", "2024-H1")]
    [InlineData("I полугодие 2023 г.", "2023-H1")]
    [InlineData("за январь–декабрь 2024 г.", "2024")]
    [InlineData("за январь-март 2024", "2024-Q1")]
    [InlineData("за январь–август 2024 г.", "2024-YTD08")]
    [InlineData("за апрель–июнь 2024 г.", "2024-Q2")]
    [InlineData("2024 год", "2024")]
    [InlineData("Въезд за 2022 г.", "2022")]
    [InlineData("за май 2024 г.", "2024-05")]
    [InlineData("в первом квартале 2024 г.", "2024-Q1")]
    public void Reads_russian_titles(string title, string expected)
    {
        Assert.True(RussianPeriodText.TryParse(title, out Period period));
        Assert.Equal(expected, period.ToString());
    }

    [Theory]
    [InlineData("Въезд иностранных граждан по целям поездки")]
    [InlineData("")]
    [InlineData("таблица 2024")]
    public void Does_not_guess(string title)
    {
        Assert.False(RussianPeriodText.TryParse(title, out _));
    }

    [Theory]
    [InlineData("fsb-entries-2024-Q2.xlsx", "2024-Q2")]
    [InlineData("entries_2024_H1.csv", "2024-H1")]
    [InlineData("fsb-2024-YTD09-cp1251.csv", "2024-YTD09")]
    [InlineData("въезд январь-сентябрь 2024.csv", "2024-YTD09")]
    public void Reads_file_names(string name, string expected)
    {
        Assert.True(RussianPeriodText.TryParseFileName(name, out Period period));
        Assert.Equal(expected, period.ToString());
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ru-RU")]
    [InlineData("de-DE")]
    public void Does_not_depend_on_the_current_culture(string culture)
    {
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);

            Assert.True(RussianPeriodText.TryParse("ВЪЕЗД ВО II КВАРТАЛЕ 2024 Г.", out Period period));
            Assert.Equal("2024-Q2", period.ToString());
            ReadResult result = new FsbTableCsvReader().Read(FsbFixtures.Csv(FsbFixtures.Table("ВЪЕЗД В I КВАРТАЛЕ 2024 Г.")));
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            Assert.All(result.Observations, o => Assert.Equal("2024-Q1", o.Period.ToString()));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
