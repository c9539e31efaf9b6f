using System.Globalization;
using System.Text;

namespace Flowwatch.Benchmarks;

/// <summary>Synthetic ~5 KB news articles (made by code, labelled synthetic) mixing claims, non-claims and filler, per language.</summary>
internal static class SyntheticArticles
{
    private static readonly string[] German =
    [
        "Im Jahr 2024 reisten {0:N0} Nordkoreaner nach Russland ein, eine Verzwölffachung im Vergleich zum Vorjahr.",
        "Davon gaben fast 8.000 an, aus Bildungszwecken nach Russland zu kommen.",
        "Laut der Resolution 2397 des UN-Sicherheitsrates, die 2017 verabschiedet wurde, ist es Nordkorea untersagt, Arbeitskräfte zu exportieren.",
        "Im dritten Quartal 2024 kamen {1:N0} Nordkoreaner zum Studium nach Russland.",
        "Die Mobilmachung hat Hunderttausende Männer aus der Erwerbsbevölkerung abgezogen, während sinkende Einwanderungszahlen die Lage verschärfen.",
        "Berichten zufolge wurden im vergangenen Herbst bis zu 12.000 nordkoreanische Soldaten in die Oblast Kursk entsandt.",
    ];

    private static readonly string[] English =
    [
        "A total of {0:N0} North Korean nationals visited Russia in 2024, twelve times as many as in 2023.",
        "Nearly 8,000 of them entered Russia for study, according to the border service.",
        "UN Security Council Resolution 2397, adopted in 2017, bans North Korean workers abroad.",
        "During the July-September period, {1:N0} North Koreans entered Russia for study.",
        "Analysts say the labour shortage will not be solved by migration alone, and the war continues.",
        "Up to 12,000 North Korean troops were sent to the Kursk region last autumn.",
    ];

    private static readonly string[] Russian =
    [
        "В 2024 году в Россию въехали {0:N0} граждан КНДР, в 12 раз больше, чем в 2023 году.",
        "Почти 8 тыс. из них прибыли с целью учебы.",
        "Резолюция 2397 Совбеза ООН, принятая в 2017 году, запрещает КНДР отправлять рабочих за рубеж.",
        "В третьем квартале 2024 года на учебу в Россию въехали {1:N0} северокорейцев.",
        "Экономисты считают, что нехватку рабочей силы не решить за последние четыре года.",
        "До 12 тыс. северокорейских военных были отправлены в Курскую область прошлой осенью.",
    ];

    public static List<(string Text, string Lang)> Make(int count, int seed = 7)
    {
        var random = new Random(seed);
        var articles = new List<(string, string)>(count);
        CultureInfo de = CultureInfo.GetCultureInfo("de-DE"), en = CultureInfo.InvariantCulture, ru = CultureInfo.GetCultureInfo("ru-RU");
        for (int a = 0; a < count; a++)
        {
            (string[] lines, string lang, CultureInfo culture) = (a % 3) switch { 0 => (German, "de", de), 1 => (English, "en", en), _ => (Russian, "ru", ru) };
            var sb = new StringBuilder("---\ndate: 2025-02-10\n---\n", 5300);
            while (sb.Length < 5000)
            {
                string line = lines[random.Next(lines.Length)];
                // Error injection: one time in four the figures are off.
                int total = random.Next(4) == 0 ? 13_221 + random.Next(-3000, 3000) : 13_221;
                int study = random.Next(4) == 0 ? 3_765 + random.Next(-500, 500) : 3_765;
                sb.Append(string.Format(culture, line, total, study)).Append(random.Next(3) == 0 ? "\n" : " ");
            }

            articles.Add((sb.ToString(), lang));
        }

        return articles;
    }
}
