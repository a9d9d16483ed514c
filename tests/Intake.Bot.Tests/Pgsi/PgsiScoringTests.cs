using Intake.Bot.Pgsi;
using Intake.Bot.Tests.Infrastructure;

namespace Intake.Bot.Tests.Pgsi;

public sealed class PgsiScoringTests
{
    [Fact]
    public void Score_AllNever_IsZero() => Assert.Equal(0, PgsiScoring.Score(new int[9]));

    [Fact]
    public void Score_AllAlmostAlways_IsTwentySeven() => Assert.Equal(27, PgsiScoring.Score([3, 3, 3, 3, 3, 3, 3, 3, 3]));

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(8)]
    public void Score_EachAnswer_ScoresItsPosition(int question)
    {
        for (var index = 0; index <= 3; index++)
        {
            var answers = new int[9];
            answers[question] = index;
            Assert.Equal(index, PgsiScoring.Score(answers));
        }
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 4, 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, -1 })]
    public void Score_WrongCountOrPosition_Throws(int[] answers) =>
        Assert.Throws<ArgumentException>(() => PgsiScoring.Score(answers));

    /// <summary>Each category of the index from both sides: 0 / 1–2 / 3–7 / 8 and more.</summary>
    [Theory]
    [InlineData(0, nameof(PgsiLevel.NoProblem))]
    [InlineData(1, nameof(PgsiLevel.LowRisk))]
    [InlineData(2, nameof(PgsiLevel.LowRisk))]
    [InlineData(3, nameof(PgsiLevel.ModerateRisk))]
    [InlineData(4, nameof(PgsiLevel.ModerateRisk))]
    [InlineData(7, nameof(PgsiLevel.ModerateRisk))]
    [InlineData(8, nameof(PgsiLevel.Problem))]
    [InlineData(9, nameof(PgsiLevel.Problem))]
    [InlineData(27, nameof(PgsiLevel.Problem))]
    public void Classify_AroundEachLimit_GivesTheCategory(int score, string level) =>
        Assert.Equal(Enum.Parse<PgsiLevel>(level), PgsiScoring.Classify(score, PgsiLimits.Default));

    [Theory]
    [InlineData(1, nameof(PgsiLevel.NoProblem))]
    [InlineData(2, nameof(PgsiLevel.LowRisk))]
    [InlineData(4, nameof(PgsiLevel.LowRisk))]
    [InlineData(5, nameof(PgsiLevel.ModerateRisk))]
    [InlineData(9, nameof(PgsiLevel.ModerateRisk))]
    [InlineData(10, nameof(PgsiLevel.Problem))]
    public void Classify_WithConfiguredLimits_UsesThem(int score, string level) =>
        Assert.Equal(Enum.Parse<PgsiLevel>(level), PgsiScoring.Classify(score, new PgsiLimits(LowRiskFrom: 2, ModerateRiskFrom: 5, ProblemFrom: 10)));

    [Theory]
    [InlineData(-1)]
    [InlineData(28)]
    public void Classify_ScoreOutsideScale_Throws(int score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PgsiScoring.Classify(score, PgsiLimits.Default));

    [Theory]
    [InlineData(0, 3, 8)]
    [InlineData(3, 3, 8)]
    [InlineData(1, 9, 8)]
    [InlineData(1, 3, 28)]
    public void Limits_OutOfOrderOrScale_Throw(int low, int moderate, int problem) =>
        Assert.Throws<ArgumentException>(() => new PgsiLimits(low, moderate, problem).EnsureValid());

    [Fact]
    public void Read_NamesTheLimitsInWords()
    {
        var reading = PgsiScoring.Read(5, PgsiLimits.Default);

        Assert.Equal("moderate-risk", reading.Level);
        Assert.Equal("Gränserna: låg risk 1–2 poäng, måttlig risk 3–7 poäng, spelproblem från 8 poäng.", reading.Limits.Swedish);
        Assert.Equal("The limits: low risk 1–2 points, moderate risk 3–7 points, problem gambling from 8 points.", reading.Limits.English);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Read_EachCategory_SaysItIsNoDiagnosisAndWhereToTurnInBothLanguages(int score)
    {
        var text = Municipalities.Ostersund.Render(PgsiScoring.Read(score, PgsiLimits.Default).InTheChat);

        Assert.Contains("ingen diagnos", text.Swedish, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", text.English, StringComparison.Ordinal);
        foreach (var t in new[] { text.Swedish, text.English })
        {
            Assert.Contains("063-14 30 00", t, StringComparison.Ordinal);
            Assert.Contains("Stödlinjen", t, StringComparison.Ordinal);
            Assert.Contains("chat", t, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(8, true)]
    public void Read_FromModerateRisk_PointsToSelfExclusion(int score, bool spelpaus) =>
        Assert.Equal(spelpaus, PgsiScoring.Read(score, PgsiLimits.Default).InTheChat.Swedish.Contains("Spelpaus.se", StringComparison.Ordinal));
}
