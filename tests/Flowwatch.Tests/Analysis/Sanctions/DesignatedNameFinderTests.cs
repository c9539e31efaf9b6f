using Flowwatch.Analysis.Sanctions;
using Flowwatch.Tests.Support;

namespace Flowwatch.Tests.Analysis.Sanctions;

public sealed class DesignatedNameFinderTests
{
    [Theory]
    [InlineData("Вчера Ри Пхён Чхолю вручили орден.", "Ри Пхён Чхолю", "KPi.076")]          // Russian dative
    [InlineData("Встреча с Ри Пхён Чхолем прошла в Москве.", "Ри Пхён Чхолем", "KPi.076")] // Russian instrumental
    [InlineData("Заместитель Пак То Чхуна уехал.", "Пак То Чхуна", "KPi.050")]              // Russian genitive
    [InlineData("정부는 리병철에게 훈장을 수여했다.", "리병철에게", "KPi.076")]                    // Korean particle 에게
    [InlineData("박도춘의 대리인이 떠났다.", "박도춘의", "KPi.050")]                             // Korean particle 의
    [InlineData("Die Reise Pak To Chuns nach Moskau.", "Pak To Chuns", "KPi.050")]          // German genitive
    [InlineData("Ri Pyong Chul's deputy flew to Moscow.", "Ri Pyong Chul's", "KPi.076")]    // English possessive
    [InlineData("이 회사는 KOMID와 거래했다.", "KOMID와", "KPe.001")]                          // a particle on a Latin acronym
    public void Marks_a_name_the_sentence_inflects(string text, string marked, string reference)
    {
        DesignatedNameMark mark = Assert.Single(DesignatedNameFinder.Find(text, UnList.Screener));
        Assert.Equal(marked, mark.Text);
        Assert.Equal(marked, text[mark.Start..mark.End]);
        Assert.Equal(reference, mark.Match.Party.Reference);
    }

    [Theory]
    [InlineData("Ким Чен Ыну вручили орден.")]          // Kim Jong Un, not designated by the UN, in the dative
    [InlineData("김정은에게 훈장을 수여했다.")]
    [InlineData("Kim Jong Uns Reise nach Moskau.")]
    [InlineData("Ри Пхён Сону вручили орден.")]         // one syllable of the given name changed: another man
    public void Reading_an_inflection_back_does_not_mark_an_unlisted_name(string text) =>
        Assert.Empty(DesignatedNameFinder.Find(text, UnList.Screener));

    [Theory]
    [InlineData("Чхолю", true, "Чхоль")]
    [InlineData("Лавровым", true, "Лавров")]
    [InlineData("Ивановой", true, "Иванова")]
    [InlineData("김영철에게서", true, "김영철")]
    [InlineData("Chuns", true, "Chun")]
    [InlineData("Chuns", false, null)]      // a genitive s is read on the last word of a name only
    [InlineData("Ри", true, null)]          // too short to carry an ending
    public void Reads_an_inflected_word_back(string word, bool last, string? reading)
    {
        IReadOnlyList<string> readings = NameInflection.Readings(word, last);
        if (reading is null)
        {
            Assert.Empty(readings);
        }
        else
        {
            Assert.Contains(reading, readings);
        }
    }
}
