using Flowwatch.Analysis.Sanctions;

namespace Flowwatch.Tests.Analysis.Sanctions;

public sealed class RomanizationTests
{
    [Theory]
    [InlineData("Kim", "Gim")]
    [InlineData("Jong", "Chong")]
    [InlineData("Jong", "Jeong")]
    [InlineData("Jong", "Chŏng")]
    [InlineData("Un", "Eun")]
    [InlineData("Un", "Ŭn")]
    [InlineData("Ri", "Lee")]
    [InlineData("Ri", "Yi")]
    [InlineData("Ri", "Rhee")]
    [InlineData("Pak", "Park")]
    [InlineData("Pak", "Bak")]
    [InlineData("Choe", "Choi")]
    [InlineData("Kwang", "Gwang")]
    [InlineData("Song", "Seong")]
    [InlineData("Ryonbong", "Yonbong")]
    [InlineData("Ch'ŏl", "Chol")]
    [InlineData("Kyo'ng", "Kyeong")]
    [InlineData("Yun", "Yoon")]
    public void Spellings_of_one_syllable_share_a_key(string a, string b) =>
        Assert.Equal(Key(a), Key(b));

    [Theory]
    [InlineData("Kim", "Kang")]
    [InlineData("Son", "Song")]
    [InlineData("Jong", "Jung")]
    [InlineData("Pak", "Paek")]
    [InlineData("Choe", "Cho")]
    [InlineData("Ri", "Ro")]
    public void Different_syllables_keep_different_keys(string a, string b) =>
        Assert.NotEqual(Key(a), Key(b));

    [Fact]
    public void The_loose_key_takes_o_and_u_as_one_vowel_only() =>
        Assert.Equal(Romanization.LooseKey(Key("Chul")), Romanization.LooseKey(Key("Chol")));

    [Fact]
    public void Joined_and_hyphenated_given_names_share_a_key() =>
        Assert.Equal(Romanization.Collapse(Romanization.Key("sok", true) + Romanization.Key("ha", false)), Key("Sokha"));

    [Theory]
    [InlineData("박도춘", true, "bak do-chun")]
    [InlineData("김정은", true, "gim jeong-eun")]
    [InlineData("남궁민수", true, "namgung min-su")]
    [InlineData("리제선", true, "ri je-seon")]
    [InlineData("만수대", false, "man-su-dae")]
    public void Hangul_is_romanized_by_the_revised_tables(string hangul, bool person, string expected) =>
        Assert.Equal(expected, HangulRomanizer.Romanize(hangul, person));

    [Theory]
    [InlineData("Пак То Чхун", "Pak To Chun")]
    [InlineData("Ким Чен Ын", "Kim Chen Un")]
    [InlineData("Чхве", "Chwe")]
    [InlineData("Ли Чжэ Сон", "Li Jae Son")]
    public void Kontsevich_cyrillic_is_read_back_to_latin(string cyrillic, string latin) =>
        Assert.Equal(latin, KontsevichCyrillic.ToLatin(cyrillic));

    private static string Key(string s) => Romanization.Key(Romanization.Fold(s), wordInitial: true);
}
