using Intake.Bot.Pgsi;
using Intake.Bot.SelfTests;

namespace Intake.Bot.Tests.Pgsi;

public sealed class PgsiQuestionnaireTests
{
    [Fact]
    public void Questions_AreTheNineOfPgsiInOrder() =>
        Assert.Equal(Enumerable.Range(1, 9), PgsiQuestionnaire.Questions.Select(q => q.Number));

    [Fact]
    public void Questions_AreAnsweredNeverSometimesMostOfTheTimeAlmostAlways_ScoringZeroToThree() =>
        Assert.All(PgsiQuestionnaire.Questions, q =>
        {
            Assert.Equal([0, 1, 2, 3], q.Answers.Select(a => a.Score));
            Assert.Equal(["Never", "Sometimes", "Most of the time", "Almost always"], q.Answers.Select(a => a.Label.English));
            Assert.Equal(["Aldrig", "Ibland", "För det mesta", "Nästan alltid"], q.Answers.Select(a => a.Label.Swedish));
        });

    [Fact]
    public void Instrument_IsCalledPgsi_ScoresUpToTwentySeven_AndSkipsNothing()
    {
        var pgsi = SelfTestInstrument.For(SelfTestKind.Gambling);

        Assert.Equal(("PGSI", 27), (pgsi.Name, pgsi.MaxScore));
        Assert.All(Enumerable.Range(0, 9), i => Assert.False(pgsi.IsSkipped(i, new int[9])));
    }

    [Fact]
    public void Questions_HaveSwedishAndEnglish() =>
        Assert.All(PgsiQuestionnaire.Questions, q =>
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Text.Swedish));
            Assert.False(string.IsNullOrWhiteSpace(q.Text.English));
            Assert.NotEqual(q.Text.Swedish, q.Text.English);
        });
}
