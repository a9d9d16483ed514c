using Intake.Bot.Text;

namespace Intake.Bot.Tests.Text;

public sealed class PhraseTests
{
    [Theory]
    [InlineData("Dööö!!", "do")]
    [InlineData("SJÄLVMORD?", "sjalvmord")]
    [InlineData("od:at", "odat")]
    [InlineData("don't", "dont")]
    [InlineData("ring 116 111", "ring 116 111")]
    [InlineData("CRA-booster", "cra boster")]
    [InlineData("  vill\tbara   dö ", "vil bara do")]
    public void Words_MessyText_IsFoldedAndCollapsed(string text, string expected) =>
        Assert.Equal(expected, string.Join(" ", TextNormalizer.Words(text)));

    [Theory]
    [InlineData("vill inte leva", "jag vill inte leva", true)]
    [InlineData("vill inte leva", "jag vill verkligen inte leva längre", true)]
    [InlineData("vill inte leva", "vill inte att du ska leva", false)]
    [InlineData("vill dö", "vill inte dö", false)]
    [InlineData("självmord*", "sjelvmordstankar", true)]
    [InlineData("självmord*", "självmordsförsök", true)]
    [InlineData("överdos*", "overdoes", true)]
    [InlineData("slår mig", "slar mig", true)]
    [InlineData("slår mig", "slåss mig", false)]
    [InlineData("dö", "du", false)]
    public void Find_Pattern_MatchesOnlyInOrderWithFillersAndTypos(string pattern, string text, bool expected) =>
        Assert.Equal(expected, new Phrase(pattern).Find(TextNormalizer.Words(text)) is not null);

    [Fact]
    public void Blank_Idiom_CannotBeBridged()
    {
        var harmless = new PhraseList("dö av skratt");

        var words = harmless.Blank(TextNormalizer.Words("jag vill dö av skratt"));

        Assert.Null(new Phrase("vill dö").Find(words));
        Assert.NotNull(new Phrase("vill").Find(words));
    }

    [Fact]
    public void Phrase_TwoWordsInOneAlternative_Throws() =>
        Assert.Throws<ArgumentException>(() => new Phrase("crabooster|cra-booster"));
}
