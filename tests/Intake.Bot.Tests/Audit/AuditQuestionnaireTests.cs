using Intake.Bot.Audit;

namespace Intake.Bot.Tests.Audit;

public sealed class AuditQuestionnaireTests
{
    [Fact]
    public void Questions_AreTheTenOfAuditInOrder() =>
        Assert.Equal(Enumerable.Range(1, 10), AuditQuestionnaire.Questions.Select(q => q.Number));

    [Fact]
    public void Questions_OneToEight_ScoreZeroToFour() =>
        Assert.All(AuditQuestionnaire.Questions.Take(8), q => Assert.Equal([0, 1, 2, 3, 4], q.Answers.Select(a => a.Score)));

    [Fact]
    public void Questions_NineAndTen_ScoreZeroTwoFour() =>
        Assert.All(AuditQuestionnaire.Questions.Skip(8), q => Assert.Equal([0, 2, 4], q.Answers.Select(a => a.Score)));

    [Fact]
    public void Questions_AndAnswers_HaveSwedishAndEnglish() =>
        Assert.All(AuditQuestionnaire.Questions, q =>
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Text.Swedish));
            Assert.False(string.IsNullOrWhiteSpace(q.Text.English));
            Assert.NotEqual(q.Text.Swedish, q.Text.English);
            Assert.All(q.Answers, a => Assert.False(string.IsNullOrWhiteSpace(a.Label.Swedish) || string.IsNullOrWhiteSpace(a.Label.English)));
        });
}
