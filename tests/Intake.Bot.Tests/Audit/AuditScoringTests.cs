using Intake.Bot.Audit;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Audit;

public sealed class AuditScoringTests
{
    private static readonly int[] AllFirst = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly int[] AllLast = [4, 4, 4, 4, 4, 4, 4, 4, 2, 2];

    [Fact]
    public void Score_AllFirstAnswers_IsZero() => Assert.Equal(0, AuditScoring.Score(AllFirst));

    [Fact]
    public void Score_AllLastAnswers_IsForty() => Assert.Equal(40, AuditScoring.Score(AllLast));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    public void Score_QuestionsNineAndTen_ScoreZeroTwoOrFour(int index, int points)
    {
        Assert.Equal(points, AuditScoring.Score([0, 0, 0, 0, 0, 0, 0, 0, index, 0]));
        Assert.Equal(points, AuditScoring.Score([0, 0, 0, 0, 0, 0, 0, 0, 0, index]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Score_EachAnswerOfQuestionsOneToEight_ScoresItsIndex(int question)
    {
        for (var index = 0; index <= 4; index++)
        {
            var answers = new int[10];
            answers[question] = index;
            Assert.Equal(index, AuditScoring.Score(answers));
        }
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new int[0])]
    [InlineData(new[] { 5, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { -1, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 3, 0 })]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 4 })]
    public void Score_WrongCountOrIndex_Throws(int[] answers) =>
        Assert.Throws<ArgumentException>(() => AuditScoring.Score(answers));

    [Fact]
    public void Score_Null_Throws() => Assert.Throws<ArgumentNullException>(() => AuditScoring.Score(null!));

    [Theory]
    [InlineData("municipality", 0, nameof(AuditLevel.Low))]
    [InlineData("municipality", 6, nameof(AuditLevel.Low))]
    [InlineData("municipality", 7, nameof(AuditLevel.Risk))]
    [InlineData("municipality", 8, nameof(AuditLevel.Risk))]
    [InlineData("municipality", 15, nameof(AuditLevel.Risk))]
    [InlineData("municipality", 16, nameof(AuditLevel.Harmful))]
    [InlineData("municipality", 17, nameof(AuditLevel.Harmful))]
    [InlineData("municipality", 20, nameof(AuditLevel.Harmful))]
    [InlineData("municipality", 21, nameof(AuditLevel.Dependence))]
    [InlineData("municipality", 22, nameof(AuditLevel.Dependence))]
    [InlineData("municipality", 40, nameof(AuditLevel.Dependence))]
    [InlineData("women", 5, nameof(AuditLevel.Low))]
    [InlineData("women", 6, nameof(AuditLevel.Risk))]
    [InlineData("women", 7, nameof(AuditLevel.Risk))]
    [InlineData("women", 15, nameof(AuditLevel.Risk))]
    [InlineData("women", 16, nameof(AuditLevel.Harmful))]
    [InlineData("women", 17, nameof(AuditLevel.Harmful))]
    [InlineData("women", 20, nameof(AuditLevel.Harmful))]
    [InlineData("women", 21, nameof(AuditLevel.Dependence))]
    [InlineData("women", 22, nameof(AuditLevel.Dependence))]
    [InlineData("men", 7, nameof(AuditLevel.Low))]
    [InlineData("men", 8, nameof(AuditLevel.Risk))]
    [InlineData("men", 9, nameof(AuditLevel.Risk))]
    [InlineData("men", 15, nameof(AuditLevel.Risk))]
    [InlineData("men", 16, nameof(AuditLevel.Harmful))]
    [InlineData("men", 17, nameof(AuditLevel.Harmful))]
    [InlineData("men", 20, nameof(AuditLevel.Harmful))]
    [InlineData("men", 21, nameof(AuditLevel.Dependence))]
    [InlineData("men", 22, nameof(AuditLevel.Dependence))]
    public void Classify_AroundEachThreshold_GivesTheLevel(string profile, int score, string level) =>
        Assert.Equal(Enum.Parse<AuditLevel>(level), AuditScoring.Classify(score, Profile(profile)));

    [Theory]
    [InlineData(-1)]
    [InlineData(41)]
    public void Classify_ScoreOutsideScale_Throws(int score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AuditScoring.Classify(score, AuditProfile.Municipality));

    [Theory]
    [InlineData(0, 16, 21)]
    [InlineData(17, 16, 21)]
    [InlineData(7, 22, 21)]
    [InlineData(7, 16, 41)]
    public void Classify_ProfileThresholdsOutOfOrder_Throws(int risk, int harmful, int dependence) =>
        Assert.Throws<ArgumentException>(() =>
            AuditScoring.Classify(10, AuditProfile.Municipality with { RiskFrom = risk, HarmfulFrom = harmful, DependenceFrom = dependence }));

    [Fact]
    public void ScoreAndClassify_SixPoints_IsRiskForWomenOnly()
    {
        var score = AuditScoring.Score([2, 1, 1, 1, 0, 0, 1, 0, 0, 0]);

        Assert.Equal(6, score);
        Assert.Equal(AuditLevel.Low, AuditScoring.Classify(score, AuditProfile.Municipality));
        Assert.Equal(AuditLevel.Risk, AuditScoring.Classify(score, AuditProfile.Women));
        Assert.Equal(AuditLevel.Low, AuditScoring.Classify(score, AuditProfile.Men));
    }

    [Theory]
    [InlineData(nameof(AuditLevel.Low))]
    [InlineData(nameof(AuditLevel.Risk))]
    [InlineData(nameof(AuditLevel.Harmful))]
    [InlineData(nameof(AuditLevel.Dependence))]
    public void Result_EachLevel_NamesTheNextStepsInBothLanguages(string level)
    {
        var result = Municipalities.Ostersund.Render(AuditScoring.Result(Enum.Parse<AuditLevel>(level)));

        foreach (var text in new[] { result.Swedish, result.English })
        {
            Assert.Contains("063-14 30 00", text, StringComparison.Ordinal);
            Assert.Contains("Alkoholhjälpen", text, StringComparison.Ordinal);
            Assert.Contains("chat", text, StringComparison.Ordinal);
        }
    }

    private static AuditProfile Profile(string name) =>
        new[] { AuditProfile.Municipality, AuditProfile.Women, AuditProfile.Men }.Single(p => p.Name == name);
}
