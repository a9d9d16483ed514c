using Intake.Bot.Text;
using Intake.Core.Localization;

namespace Intake.Bot.Tests.Text;

/// <summary>The bot answers in the language a person writes; when it cannot tell, it keeps the one it has.</summary>
public sealed class LanguageGuessTests
{
    [Theory]
    [InlineData("hello")]
    [InlineData("Hi, I'm worried about my dad")]
    [InlineData("I need help")]
    [InlineData("can i talk to someone")]
    [InlineData("my brother drinks too much")]
    public void Of_EnglishMessage_IsEnglish(string text) => Assert.Equal(Language.English, LanguageGuess.Of(text));

    [Theory]
    [InlineData("hej")]
    [InlineData("jag behöver hjälp")]
    [InlineData("min bror dricker för mycket")]
    [InlineData("Är någon där")]
    [InlineData("orolig för pappa")]
    public void Of_SwedishMessage_IsSwedish(string text) => Assert.Equal(Language.Swedish, LanguageGuess.Of(text));

    [Theory]
    [InlineData("")]
    [InlineData("Bo Berg")]
    [InlineData("070-123 45 67")]
    [InlineData("ok")]
    [InlineData("2")]
    [InlineData("hej, I need help")]
    public void Of_NeitherOrBoth_IsUnknown(string text) => Assert.Null(LanguageGuess.Of(text));
}
