using Intake.Bot.Dudit;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Dudit;

public sealed class DuditScoringTests
{
    [Fact]
    public void Score_AllFirstAnswers_IsZero() => Assert.Equal(0, DuditScoring.Score(new int[11]));

    [Fact]
    public void Score_AllLastAnswers_IsFortyFour() => Assert.Equal(44, DuditScoring.Score([4, 4, 4, 4, 4, 4, 4, 4, 4, 2, 2]));

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(8)]
    public void Score_EachAnswerOfQuestionsOneToNine_ScoresItsPosition(int question)
    {
        for (var index = 0; index <= 4; index++)
        {
            var answers = new int[11];
            answers[question] = index;
            Assert.Equal(index, DuditScoring.Score(answers));
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    public void Score_QuestionsTenAndEleven_ScoreZeroTwoOrFour(int index, int points)
    {
        Assert.Equal(points, DuditScoring.Score([0, 0, 0, 0, 0, 0, 0, 0, 0, index, 0]));
        Assert.Equal(points, DuditScoring.Score([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, index]));
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0 })]
    public void Score_WrongCountOrPosition_Throws(int[] answers) =>
        Assert.Throws<ArgumentException>(() => DuditScoring.Score(answers));

    /// <summary>Every limit of the manual from both sides: women's 2, men's 6, dependence 25, and without a sex the lower.</summary>
    [Theory]
    [InlineData(DuditLimits.Women, 0, nameof(DuditLevel.NoProblems))]
    [InlineData(DuditLimits.Women, 1, nameof(DuditLevel.NoProblems))]
    [InlineData(DuditLimits.Women, 2, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.Women, 3, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.Women, 5, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.Women, 6, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.Women, 24, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.Women, 25, nameof(DuditLevel.Dependence))]
    [InlineData(DuditLimits.Women, 26, nameof(DuditLevel.Dependence))]
    [InlineData(DuditLimits.Women, 44, nameof(DuditLevel.Dependence))]
    [InlineData(DuditLimits.Men, 0, nameof(DuditLevel.NoProblems))]
    [InlineData(DuditLimits.Men, 1, nameof(DuditLevel.NoProblems))]
    [InlineData(DuditLimits.Men, 2, nameof(DuditLevel.NoProblems))]
    [InlineData(DuditLimits.Men, 5, nameof(DuditLevel.NoProblems))]
    [InlineData(DuditLimits.Men, 6, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.Men, 7, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.Men, 24, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.Men, 25, nameof(DuditLevel.Dependence))]
    [InlineData(DuditLimits.Men, 26, nameof(DuditLevel.Dependence))]
    [InlineData(DuditLimits.NotGiven, 1, nameof(DuditLevel.NoProblems))]
    [InlineData(DuditLimits.NotGiven, 2, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.NotGiven, 5, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.NotGiven, 6, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.NotGiven, 24, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.NotGiven, 25, nameof(DuditLevel.Dependence))]
    [InlineData(null, 1, nameof(DuditLevel.NoProblems))]
    [InlineData(null, 2, nameof(DuditLevel.Problems))]
    [InlineData("nonsense", 2, nameof(DuditLevel.Problems))]
    public void Classify_AroundEachLimit_GivesTheLevel(string? choice, int score, string level) =>
        Assert.Equal(Enum.Parse<DuditLevel>(level), DuditScoring.Classify(score, DuditLimits.Default, choice));

    [Theory]
    [InlineData(DuditLimits.Women, 3, nameof(DuditLevel.NoProblems))]
    [InlineData(DuditLimits.Women, 4, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.Men, 7, nameof(DuditLevel.NoProblems))]
    [InlineData(DuditLimits.Men, 8, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.NotGiven, 3, nameof(DuditLevel.NoProblems))]
    [InlineData(DuditLimits.NotGiven, 4, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.Men, 19, nameof(DuditLevel.Problems))]
    [InlineData(DuditLimits.Men, 20, nameof(DuditLevel.Dependence))]
    public void Classify_WithConfiguredLimits_UsesThem(string choice, int score, string level) =>
        Assert.Equal(Enum.Parse<DuditLevel>(level), DuditScoring.Classify(score, new DuditLimits(ProblemsFromWomen: 4, ProblemsFromMen: 8, DependenceFrom: 20), choice));

    [Theory]
    [InlineData(-1)]
    [InlineData(45)]
    public void Classify_ScoreOutsideScale_Throws(int score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DuditScoring.Classify(score, DuditLimits.Default, DuditLimits.Women));

    [Theory]
    [InlineData(0, 6, 25)]
    [InlineData(2, 0, 25)]
    [InlineData(25, 6, 25)]
    [InlineData(2, 26, 25)]
    [InlineData(2, 6, 45)]
    public void Limits_OutOfOrderOrScale_Throw(int women, int men, int dependence) =>
        Assert.Throws<ArgumentException>(() => new DuditLimits(women, men, dependence).EnsureValid());

    [Fact]
    public void Read_WithoutASex_SaysTheLowerLimitIsUsed()
    {
        var reading = DuditScoring.Read(3, DuditLimits.Default, DuditLimits.NotGiven);

        Assert.Equal("problems", reading.Level);
        Assert.Equal("Utan angivet kön jämförs resultatet med den lägre gränsen: drogrelaterade problem från 2 poäng, troligt beroende från 25 poäng.", reading.Limits.Swedish);
        Assert.Equal("With no sex given, the result is compared with the lower limit: drug-related problems from 2 points, probable dependence from 25 points.", reading.Limits.English);
    }

    [Fact]
    public void Read_ForMen_NamesMensLimit() =>
        Assert.Equal("Gränsen för män: drogrelaterade problem från 6 poäng, troligt beroende från 25 poäng.",
            DuditScoring.Read(3, DuditLimits.Default, DuditLimits.Men).Limits.Swedish);

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(30)]
    public void Read_EachLevel_SaysItIsNoDiagnosisAndWhereToTurnInBothLanguages(int score)
    {
        var text = Municipalities.Ostersund.Render(DuditScoring.Read(score, DuditLimits.Default, DuditLimits.Men).InTheChat);

        Assert.Contains("ingen diagnos", text.Swedish, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", text.English, StringComparison.Ordinal);
        foreach (var t in new[] { text.Swedish, text.English })
        {
            Assert.Contains("063-14 30 00", t, StringComparison.Ordinal);
            Assert.Contains("Nexus", t, StringComparison.Ordinal);
            Assert.Contains("Droghjälpen", t, StringComparison.Ordinal);
            Assert.Contains("chat", t, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_Dependence_WarnsNotToStopSuddenlyAlone() =>
        Assert.Contains("sluta inte tvärt", DuditScoring.Read(25, DuditLimits.Default, DuditLimits.Women).InTheChat.Swedish, StringComparison.Ordinal);
}
