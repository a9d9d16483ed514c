using Intake.Bot.Dudit;
using Intake.Bot.SelfTests;

namespace Intake.Bot.Tests.Dudit;

public sealed class DuditQuestionnaireTests
{
    [Fact]
    public void Questions_AreTheElevenOfDuditInOrder() =>
        Assert.Equal(Enumerable.Range(1, 11), DuditQuestionnaire.Questions.Select(q => q.Number));

    [Fact]
    public void Questions_OneToNine_HaveFiveAnswersScoringZeroToFour() =>
        Assert.All(DuditQuestionnaire.Questions.Take(9), q => Assert.Equal([0, 1, 2, 3, 4], q.Answers.Select(a => a.Score)));

    [Fact]
    public void Questions_TenAndEleven_HaveThreeAnswersScoringZeroTwoFour() =>
        Assert.All(DuditQuestionnaire.Questions.Skip(9), q => Assert.Equal([0, 2, 4], q.Answers.Select(a => a.Score)));

    [Fact]
    public void Instrument_IsCalledDudit_ScoresUpToFortyFour_AndSkipsNothing()
    {
        var dudit = SelfTestInstrument.For(SelfTestKind.Drugs);

        Assert.Equal(("DUDIT", 44), (dudit.Name, dudit.MaxScore));
        Assert.All(Enumerable.Range(0, 11), i => Assert.False(dudit.IsSkipped(i, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])));
    }

    [Fact]
    public void Questions_AndAnswers_HaveSwedishAndEnglish() =>
        Assert.All(DuditQuestionnaire.Questions, q =>
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Text.Swedish));
            Assert.False(string.IsNullOrWhiteSpace(q.Text.English));
            Assert.NotEqual(q.Text.Swedish, q.Text.English);
            Assert.All(q.Answers, a => Assert.False(string.IsNullOrWhiteSpace(a.Label.Swedish) || string.IsNullOrWhiteSpace(a.Label.English)));
        });

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(6, 3)]
    [InlineData(7, 4)]
    [InlineData(30, 4)]
    public void QuestionThree_ATypedCount_IsReadAsTimesADay(int count, int answer) =>
        Assert.Equal(answer, DuditQuestionnaire.Questions[2].AnswerForCount(count));

    [Fact]
    public void Questions_AboutFrequency_DoNotReadANumberAsACount() =>
        Assert.Null(DuditQuestionnaire.Questions[0].AnswerForCount(3));
}
