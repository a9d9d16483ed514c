using Intake.Bot.Intents;
using Intake.Bot.SelfTests;

namespace Intake.Bot.Tests.Intents;

/// <summary>Asking for a self-test, in both languages and with typos: which test it leads to (none: the person is asked).</summary>
public sealed class SelfTestTopicsTests
{
    [Theory]
    [InlineData("spelar jag för mycket?", nameof(SelfTestKind.Gambling))]
    [InlineData("spelar jag för mkt", nameof(SelfTestKind.Gambling))]
    [InlineData("finns det ett självtest om spel", nameof(SelfTestKind.Gambling))]
    [InlineData("jag vill göra ett sjävtest om spelande", nameof(SelfTestKind.Gambling))]
    [InlineData("är jag spelberoende?", nameof(SelfTestKind.Gambling))]
    [InlineData("do i gamble too much", nameof(SelfTestKind.Gambling))]
    [InlineData("is there a test for gamblnig?", nameof(SelfTestKind.Gambling))]
    [InlineData("am i addicted to gambling", nameof(SelfTestKind.Gambling))]
    [InlineData("pgsi", nameof(SelfTestKind.Gambling))]
    [InlineData("kan jag göra ett självtst om droger?", nameof(SelfTestKind.Drugs))]
    [InlineData("knarkar jag för mycket", nameof(SelfTestKind.Drugs))]
    [InlineData("tar jag för mycket tabletter?", nameof(SelfTestKind.Drugs))]
    [InlineData("självtest narkotkia", nameof(SelfTestKind.Drugs))]
    [InlineData("is there a selftets for drugs", nameof(SelfTestKind.Drugs))]
    [InlineData("do i use too much cannabis", nameof(SelfTestKind.Drugs))]
    [InlineData("dudit", nameof(SelfTestKind.Drugs))]
    [InlineData("dricker jag för mycket?", nameof(SelfTestKind.Alcohol))]
    [InlineData("är jag alkoholist?", nameof(SelfTestKind.Alcohol))]
    [InlineData("självtest om alkohol", nameof(SelfTestKind.Alcohol))]
    [InlineData("do i drink too much", nameof(SelfTestKind.Alcohol))]
    [InlineData("am i an alcoholic?", nameof(SelfTestKind.Alcohol))]
    [InlineData("audit", nameof(SelfTestKind.Alcohol))]
    public void Recognize_ASelfTestAboutSomething_LeadsToThatTest(string text, string test) =>
        Assert.Equal(new Recognized(Intent.SelfTest, null, null, Enum.Parse<SelfTestKind>(test)), IntentRecognizer.Recognize(text));

    [Theory]
    [InlineData("självtest")]
    [InlineData("testa mina vanor")]
    [InlineData("self test")]
    [InlineData("ett självtest om alkohol och spel")]
    public void Recognize_ASelfTestAboutNothingOrSeveralThings_NamesNoTest(string text) =>
        Assert.Equal(new Recognized(Intent.SelfTest, null, null), IntentRecognizer.Recognize(text));
}
